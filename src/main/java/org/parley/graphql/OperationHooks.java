package org.parley.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Parley's instrumentations, each of which acts once per operation, as one instrumentation that
 * acts once per operation too. graphql-java's {@code ChainedInstrumentation} asks every member at
 * every field (fetch, completion, data fetcher) and builds lists of their no-op answers: ~5% of the
 * CPU of a page of meetings. Here the per-field hooks are {@link SimplePerformantInstrumentation}'s
 * no-ops, and the operation hooks call the members in order, each with its own state.
 *
 * <p>Only these hooks are passed on: {@code createState}, {@code instrumentExecutionInput},
 * {@code beginExecution}, {@code beginExecuteOperation}, {@code instrumentExecutionResult}. A member that needs another
 * one belongs in a chain instead.
 */
final class OperationHooks extends SimplePerformantInstrumentation {

    private final List<SimplePerformantInstrumentation> members;

    OperationHooks(List<SimplePerformantInstrumentation> members) {
        this.members = List.copyOf(members);
    }

    /** The members' states, by position. */
    private record States(InstrumentationState[] of) implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        InstrumentationState[] states = new InstrumentationState[members.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = members.get(i).createState(parameters);
        }
        return new States(states);
    }

    private static InstrumentationState stateOf(InstrumentationState state, int member) {
        return state instanceof States states ? states.of()[member] : null;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        ExecutionInput result = input;
        for (int i = 0; i < members.size(); i++) {
            result = members.get(i).instrumentExecutionInput(result, parameters, stateOf(state, i));
        }
        return result;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return all(state, (member, own) -> member.beginExecution(parameters, own));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        return all(state, (member, own) -> member.beginExecuteOperation(parameters, own));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        CompletableFuture<ExecutionResult> chain = CompletableFuture.completedFuture(result);
        for (int i = 0; i < members.size(); i++) {
            SimplePerformantInstrumentation member = members.get(i);
            InstrumentationState own = stateOf(state, i);
            chain = chain.thenCompose(r -> member.instrumentExecutionResult(r, parameters, own));
        }
        return chain;
    }

    /** One context that passes each event to the members' contexts (null ones skipped), in order. */
    private InstrumentationContext<ExecutionResult> all(InstrumentationState state,
            BiFunction<SimplePerformantInstrumentation, InstrumentationState, InstrumentationContext<ExecutionResult>> begin) {
        List<InstrumentationContext<ExecutionResult>> contexts = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            contexts.add(begin.apply(members.get(i), stateOf(state, i)));
        }
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                for (InstrumentationContext<ExecutionResult> c : contexts) {
                    if (c != null) {
                        c.onDispatched();
                    }
                }
            }

            @Override
            public void onCompleted(ExecutionResult result, Throwable t) {
                for (InstrumentationContext<ExecutionResult> c : contexts) {
                    if (c != null) {
                        c.onCompleted(result, t);
                    }
                }
            }
        };
    }
}
