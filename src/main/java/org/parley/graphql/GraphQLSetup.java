package org.parley.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs Parley's execution instrumentation: the depth and complexity limits (read from
 * the standard SmallRye properties, which this replaces) and the error codes. The depth limit
 * does not count introspection (see {@link DataQueryDepthInstrumentation}).
 *
 * <p>Registered as a SmallRye {@link EventingService} (META-INF/services) rather than a CDI
 * observer: CDI eventing fires an event around every field, which cost ~10% of the headline
 * query's CPU (see src/bench/results/analysis.md); this hook runs once, when GraphQL is built.
 */
public class GraphQLSetup implements EventingService {

    static final String ENABLED = "parley.graphql.instrumentation.enabled";

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    /** Strict input coercion for Int, Date, String and ID (see {@link StrictScalars}). */
    @Override
    public graphql.schema.GraphQLSchema.Builder beforeSchemaBuild(graphql.schema.GraphQLSchema.Builder builder) {
        StrictScalars.install(builder.build());
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        int maxDepth = config.getValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class);
        int maxComplexity = config.getValue("quarkus.smallrye-graphql.instrumentation-query-complexity", Integer.class);
        int maxMutations = config.getOptionalValue("parley.graphql.max-mutations-per-request", Integer.class).orElse(10);
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new DataQueryDepthInstrumentation(maxDepth),
                new MutationCountInstrumentation(maxMutations),
                new MaxQueryComplexityInstrumentation(maxComplexity) {
                    @Override
                    protected graphql.execution.AbortExecutionException mkAbortException(int complexity, int max) {
                        return new LimitExceededException(org.parley.core.ErrorCode.QUERY_TOO_COMPLEX, "The query selects "
                                + complexity + " fields; at most " + max + " are allowed. Ask for fewer fields.");
                    }
                },
                new ErrorCodeInstrumentation())));
    }
}
