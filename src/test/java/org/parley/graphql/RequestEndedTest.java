package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A request that ends while a resolver still runs (its client went away, or the service stops)
 * has its database session closed under it. That is told apart from a fault: it is answered
 * UNAVAILABLE and logged as one line, not as an INTERNAL error with a stack trace.
 */
class RequestEndedTest {

    @Test
    void aStatementClosedUnderTheRequestIsTheRequestEnding() {
        SQLException closed = new SQLException("This statement has been closed.", "55000");
        assertTrue(ErrorCodeInstrumentation.isSessionClosedUnderRequest(new RuntimeException("JDBC exception", closed)));
        assertTrue(ErrorCodeInstrumentation.isSessionClosedUnderRequest(new IllegalStateException("Session/EntityManager is closed")));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(ErrorCodeInstrumentation.isSessionClosedUnderRequest(new SQLException("syntax error at or near", "42601")));
        assertFalse(ErrorCodeInstrumentation.isSessionClosedUnderRequest(new SQLException("lock not available", "55P03")));
        assertFalse(ErrorCodeInstrumentation.isSessionClosedUnderRequest(new IllegalStateException("something else")));
        assertFalse(ErrorCodeInstrumentation.isSessionClosedUnderRequest(new NullPointerException()));
    }
}
