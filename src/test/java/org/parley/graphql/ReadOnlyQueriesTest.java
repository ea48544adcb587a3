package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionContextBuilder;
import graphql.execution.ExecutionId;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * A query that reads data loads its entities read-only, on the request's session; a mutation, a
 * query of only {@code __typename}, and anything inside a transaction are left as they are.
 */
@QuarkusTest
class ReadOnlyQueriesTest {

    @Test
    @ActivateRequestContext
    void aQueryThatReadsDataMakesTheRequestSessionReadOnly() {
        begin("query { meetings(first: 1) { totalCount } }");
        assertTrue(session().isDefaultReadOnly());
    }

    @Test
    @ActivateRequestContext
    void aMutationLeavesTheSessionWritable() {
        begin("mutation { retractMeeting(input: {id: \"x\", reason: \"y\"}) { clientMutationId } }");
        assertFalse(session().isDefaultReadOnly());
    }

    @Test
    @ActivateRequestContext
    void aQueryOfOnlyTheTypenameLeavesTheSessionAlone() {
        begin("{ __typename }");
        assertFalse(session().isDefaultReadOnly());
    }

    @Test
    void aQueryInsideATransactionLeavesItsSessionWritable() {
        boolean readOnly = QuarkusTransaction.requiringNew().call(() -> {
            begin("query { meetings(first: 1) { totalCount } }");
            return session().isDefaultReadOnly();
        });
        assertFalse(readOnly);
    }

    private static void begin(String document) {
        Document parsed = Parser.parse(document);
        OperationDefinition operation = parsed.getDefinitionsOfType(OperationDefinition.class).get(0);
        ExecutionContext context = ExecutionContextBuilder.newExecutionContextBuilder()
                .executionId(ExecutionId.generate()).document(parsed).operationDefinition(operation).build();
        new ReadOnlyQueries().beginExecuteOperation(new InstrumentationExecuteOperationParameters(context), null);
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
