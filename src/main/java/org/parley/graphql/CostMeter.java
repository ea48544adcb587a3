package org.parley.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one request cost, for {@code extensions.cost} in its answer: what was requested (the
 * operation's plan: fields, depth, estimated cost, against the limits) and what it actually took
 * (SQL statements, milliseconds). Only when the client asks with the header
 * {@code Parley-Cost: true}, so an ordinary answer carries no extra bytes and no bookkeeping.
 *
 * <p>The meter lives in the request's Vert.x duplicated context (a context local), which Quarkus
 * carries to the worker threads that run the resolvers; {@link SqlStatementCounter} finds it there
 * for every statement Hibernate prepares.
 */
public final class CostMeter implements InstrumentationState {

    static final String HEADER = "Parley-Cost";
    private static final String KEY = "parley.cost-meter";

    private final long startNanos = System.nanoTime();
    private final AtomicInteger statements = new AtomicInteger();
    private volatile OperationPlan plan;
    private volatile OperationLimits limits;

    @ApplicationScoped
    static class Install {
        void install(@Observes Router router) {
            router.route("/graphql").order(-200).handler(Install::start);
        }

        private static void start(RoutingContext ctx) {
            if ("true".equalsIgnoreCase(ctx.request().getHeader(HEADER)) && onDuplicatedContext()) {
                ContextLocals.put(KEY, new CostMeter());
            }
            ctx.next();
        }
    }

    /** The meter of the request running on this thread, or null when it did not ask (or there is none). */
    static CostMeter current() {
        return onDuplicatedContext() ? ContextLocals.<CostMeter> get(KEY).orElse(null) : null;
    }

    private static boolean onDuplicatedContext() {
        Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context);
    }

    void statementPrepared() {
        statements.incrementAndGet();
    }

    void planned(OperationPlan plan, OperationLimits limits) {
        this.plan = plan;
        this.limits = limits;
    }

    /** The {@code extensions.cost} object; {@code requested} is absent when the operation was not planned (it did not validate). */
    Map<String, Object> report() {
        Map<String, Object> cost = new LinkedHashMap<>();
        OperationPlan p = plan;
        if (p != null) {
            Map<String, Object> requested = new LinkedHashMap<>();
            requested.put("fields", p.fields());
            requested.put("depth", p.depth());
            requested.put("cost", p.cost());
            requested.put("mutations", p.mutations());
            cost.put("requested", requested);
            Map<String, Object> max = new LinkedHashMap<>();
            max.put("fields", limits.maxFields());
            max.put("depth", limits.maxDepth());
            max.put("cost", limits.maxCost());
            max.put("mutations", limits.maxMutations());
            cost.put("limits", max);
        }
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("sqlStatements", statements.get());
        actual.put("milliseconds", Math.round((System.nanoTime() - startNanos) / 1e5) / 10.0);
        cost.put("actual", actual);
        return cost;
    }
}
