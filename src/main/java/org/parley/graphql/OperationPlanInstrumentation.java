package org.parley.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Plans every operation once, after validation and before any resolver or SQL runs, and refuses it
 * when it is over a limit (see {@link OperationPlan}). It replaces graphql-java's depth and
 * complexity instrumentations, which expand every fragment spread (a fragment bomb exhausted the
 * heap) and, for mutations, a count of the root fields as written (fragments hid mutations from it).
 * A refused operation runs nothing: no field, and for a mutation no write.
 */
public class OperationPlanInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(OperationPlanInstrumentation.class);

    private final OperationLimits limits;

    public OperationPlanInstrumentation(OperationLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationPlan plan = OperationPlan.of(context.getGraphQLSchema(), context.getOperationDefinition(),
                context.getFragmentsByName(), context.getCoercedVariables().toMap(), limits);
        LOG.debugf("Planned %s", plan);
        if (state instanceof CostMeter meter) {
            meter.planned(plan, limits);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The request's cost meter when the client asked for {@code extensions.cost}, else no state at all. */
    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return CostMeter.current();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof CostMeter meter) {
            return CompletableFuture.completedFuture(
                    ExecutionResult.newExecutionResult().from(result).addExtension("cost", meter.report()).build());
        }
        return CompletableFuture.completedFuture(result);
    }
}
