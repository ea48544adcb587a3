package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/**
 * A service started without a readable verification key (the default dev run): reads work, a
 * mutation without a token is UNAUTHENTICATED with HTTP 200, a mutation with a token is
 * UNAUTHENTICATED with HTTP 401, and nothing logs a stack trace.
 */
@QuarkusTest
@TestProfile(NoKeyTest.NoKey.class)
public class NoKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "/nonexistent/parley/jwt-public-key.pem");
        }
    }

    static final String CREATE = "mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }";

    @Test
    void mutationsAreUnauthenticatedWithoutAStackTrace() {
        List<LogRecord> traces = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Vert.x's blocked-thread warning carries a stack trace too; it speaks of a busy machine, not of the request
                boolean machineTooBusy = "io.vertx.core.impl.BlockedThreadChecker".equals(record.getLoggerName());
                if (!machineTooBusy && (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue())) {
                    traces.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            GraphQL.data("{ topics { totalCount } }", Map.of());
            Response anonymous = GraphQL.post(CREATE, Map.of("input", Map.of("name", "No Key")));
            assertEquals(200, anonymous.statusCode(), anonymous.asString());
            assertEquals("UNAUTHENTICATED", JsonPath.from(anonymous.asString()).getString("errors[0].extensions.code"));
            Response withToken = GraphQL.post(CREATE, Map.of("input", Map.of("name", "No Key")), TestTokens.editor());
            assertEquals(401, withToken.statusCode(), withToken.asString());
            assertEquals("UNAUTHENTICATED", JsonPath.from(withToken.asString()).getString("errors[0].extensions.code"));
        } finally {
            root.removeHandler(handler);
        }
        assertTrue(traces.isEmpty(), "nothing logged an error or a stack trace: "
                + traces.stream().map(r -> r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown()).toList());
    }
}
