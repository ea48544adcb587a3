package org.parley.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.Session;

/**
 * A query's entities are loaded read-only: Hibernate then keeps no snapshot of each one's state
 * for a dirty check that can never come (a query runs outside any transaction, on the request's
 * own session, which is never flushed). Operations that only ask for {@code __typename} or the
 * schema open no session at all.
 */
final class ReadOnlyQueries extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationDefinition operation = context.getOperationDefinition();
        if (operation.getOperation() == OperationDefinition.Operation.QUERY && readsData(operation)
                && Arc.container().requestContext().isActive() && !QuarkusTransaction.isActive()) {
            Panache.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
        }
        return null;
    }

    /** Whether a top-level field, or a fragment (not looked into), may read the database. */
    private static boolean readsData(OperationDefinition operation) {
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
                return true;
            }
        }
        return false;
    }
}
