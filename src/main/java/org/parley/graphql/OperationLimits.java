package org.parley.graphql;

import org.eclipse.microprofile.config.Config;

/**
 * The limits an operation is planned against (see {@link OperationPlan}).
 *
 * @param maxDepth     deepest chain of nested fields ({@code quarkus.smallrye-graphql.instrumentation-query-depth});
 *                     operations that select only introspection are exempt
 * @param maxFields    fields selected after expanding fragments
 *                     ({@code quarkus.smallrye-graphql.instrumentation-query-complexity})
 * @param maxCost      estimated cost, each field weighted by the lists around it ({@code parley.graphql.max-cost})
 * @param maxMutations root fields of a mutation after expanding fragments
 *                     ({@code parley.graphql.max-mutations-per-request})
 */
public record OperationLimits(int maxDepth, long maxFields, long maxCost, int maxMutations) {

    public static final String DEPTH = "quarkus.smallrye-graphql.instrumentation-query-depth";
    public static final String FIELDS = "quarkus.smallrye-graphql.instrumentation-query-complexity";
    public static final String COST = "parley.graphql.max-cost";
    public static final String MUTATIONS = "parley.graphql.max-mutations-per-request";

    /**
     * Default of {@code parley.graphql.max-cost}. The README's headline query costs about 730
     * (10 commitments, each with 10 participants and 10 quotes); a page of 100 positions with their
     * evidence and articles about 3,200; the heaviest query of the test suite, a page of 100 meetings
     * with participants, their offices and quotes, positions and evidence, about 28,000. Two nested
     * full pages with a list inside (100 people, 100 positions each, their quotes) estimate 120,000
     * and are refused.
     */
    public static final long DEFAULT_MAX_COST = 50_000;

    public static OperationLimits fromConfig(Config config) {
        return new OperationLimits(
                config.getOptionalValue(DEPTH, Integer.class).orElse(12),
                config.getOptionalValue(FIELDS, Long.class).orElse(1000L),
                config.getOptionalValue(COST, Long.class).orElse(DEFAULT_MAX_COST),
                config.getOptionalValue(MUTATIONS, Integer.class).orElse(10));
    }
}
