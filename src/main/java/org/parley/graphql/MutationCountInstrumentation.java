package org.parley.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

/**
 * Caps the root fields of a mutation operation, so aliases cannot turn one request into
 * hundreds of writes. Each root mutation field runs in its own transaction; a request over the
 * cap runs none of them. Fragments at the root count as one field each (the schema has no
 * mutation fragments worth spreading).
 */
public class MutationCountInstrumentation extends SimplePerformantInstrumentation {

    private final int maxMutations;

    public MutationCountInstrumentation(int maxMutations) {
        this.maxMutations = maxMutations;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        if (operation != null && operation.getOperation() == OperationDefinition.Operation.MUTATION
                && operation.getSelectionSet() != null
                && operation.getSelectionSet().getSelections().size() > maxMutations) {
            throw new LimitExceededException(org.parley.core.ErrorCode.QUERY_TOO_COMPLEX, "An operation may run at most " + maxMutations
                    + " mutations; this one has " + operation.getSelectionSet().getSelections().size());
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
