package org.parley.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import java.util.List;

/**
 * The query depth limit, applied to operations that read data.
 *
 * <p>An operation that selects nothing but introspection at its root ({@code __schema},
 * {@code __type}, {@code __typename}) is let through: the standard introspection query that
 * GraphiQL and other tools send on start-up nests {@code ofType} and is 15 levels deep, more
 * than the limit meant for data queries. Introspection has its own guard — graphql-java's
 * good-faith introspection check, which refuses repeated or cyclic introspection selections —
 * so skipping the depth count for it does not open an expensive path.
 */
public class DataQueryDepthInstrumentation extends MaxQueryDepthInstrumentation {

    public DataQueryDepthInstrumentation(int maxDepth) {
        super(maxDepth);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (isIntrospectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
            return SimpleInstrumentationContext.noOp();
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** True when every root selection is an introspection field; fragments at the root count as data. */
    static boolean isIntrospectionOnly(OperationDefinition operation) {
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY
                || operation.getSelectionSet() == null) {
            return false;
        }
        List<Selection> selections = operation.getSelectionSet().getSelections();
        if (selections.isEmpty()) {
            return false;
        }
        for (Selection<?> selection : selections) {
            if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected graphql.execution.AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return new LimitExceededException(org.parley.core.ErrorCode.QUERY_TOO_DEEP,
                "The query is " + depth + " levels deep; at most " + maxDepth + " are allowed. Nest less.");
    }
}
