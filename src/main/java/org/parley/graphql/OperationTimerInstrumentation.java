package org.parley.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.parley.core.ErrorCode;

/**
 * Times every GraphQL operation once, from the start of execution (before parsing) to its result:
 * the timer {@code parley.graphql} ({@code parley_graphql_seconds_count|sum|max} at /q/metrics),
 * tagged with the operation {@code type} (query, mutation, or none when the document did not
 * parse or validate), the root {@code field} (its name, {@code multiple} for several distinct root
 * fields, {@code none} when no operation ran) and the {@code outcome}: {@code ok}, or the
 * {@code extensions.code} of the first error (so it must run after {@link ErrorCodeInstrumentation}).
 *
 * <p>It replaces SmallRye's {@code mp_graphql} timer (turned off in application.properties).
 * Quarkus' data fetchers keep the start of each field call in one FIFO queue per field and only
 * take it out when the call succeeds; a call that throws (UNAUTHENTICATED, CONFLICT, NOT_FOUND, ...)
 * leaves its start at the head of the queue, so the next successful call of that field records
 * the time since that failure, and concurrent calls record each other's times. Here the start
 * lives in the per-execution {@link InstrumentationState}, so nothing is shared between requests.
 */
public class OperationTimerInstrumentation extends SimplePerformantInstrumentation {

    static final String METRIC = "parley.graphql";

    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public OperationTimerInstrumentation() {
        this(Metrics.globalRegistry);
    }

    OperationTimerInstrumentation(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One per execution: when it started, what it is, whether it was recorded. */
    static final class Timing implements InstrumentationState {
        final long start = System.nanoTime();
        volatile String type = "none";
        volatile String field = "none";
        private boolean recorded;

        synchronized boolean claim() {
            if (recorded) {
                return false;
            }
            recorded = true;
            return true;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Timing();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof Timing timing) {
            ExecutionContext context = parameters.getExecutionContext();
            timing.type = context.getOperationDefinition().getOperation().name().toLowerCase(Locale.ROOT);
            Set<String> fields = new TreeSet<>();
            rootFields(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), fields, 0);
            timing.field = fields.size() == 1 ? fields.iterator().next() : fields.isEmpty() ? "none" : "multiple";
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** An execution that fails with an exception never reaches {@link #instrumentExecutionResult}. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            if (failure != null && state instanceof Timing timing) {
                record(timing, ErrorCode.INTERNAL.name());
            }
        });
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Timing timing) {
            record(timing, outcome(result));
        }
        return CompletableFuture.completedFuture(result);
    }

    private void record(Timing timing, String outcome) {
        if (!timing.claim()) {
            return;
        }
        long elapsed = System.nanoTime() - timing.start;
        String type = timing.type;
        String field = timing.field;
        timers.computeIfAbsent(type + '\n' + field + '\n' + outcome, key -> Timer.builder(METRIC)
                .description("GraphQL operations: time from receipt of the document to the result, once per operation")
                .tag("type", type).tag("field", field).tag("outcome", outcome)
                .register(registry))
                .record(elapsed, TimeUnit.NANOSECONDS);
    }

    private static String outcome(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return "ok";
        }
        GraphQLError first = result.getErrors().get(0);
        Object code = first.getExtensions() == null ? null : first.getExtensions().get("code");
        return code != null && CODES.contains(code.toString()) ? code.toString() : ErrorCode.INTERNAL.name();
    }

    private static void rootFields(SelectionSet selections, Map<String, FragmentDefinition> fragments,
            Set<String> into, int depth) {
        if (selections == null || depth > 16 || into.size() > 1) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                into.add(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                rootFields(inline.getSelectionSet(), fragments, into, depth + 1);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                rootFields(fragments.get(spread.getName()).getSelectionSet(), fragments, into, depth + 1);
            }
        }
    }
}
