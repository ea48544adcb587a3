package org.parley.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installs Parley's execution instrumentation: the depth and complexity limits (read from
 * the standard SmallRye properties, which this replaces) and the error codes. The depth limit
 * does not count introspection (see {@link DataQueryDepthInstrumentation}).
 */
@ApplicationScoped
public class GraphQLSetup {

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth")
    int maxDepth;

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity")
    int maxComplexity;

    @ConfigProperty(name = "parley.graphql.max-mutations-per-request", defaultValue = "10")
    int maxMutations;

    GraphQL.Builder configure(@Observes GraphQL.Builder builder) {
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new DataQueryDepthInstrumentation(maxDepth),
                new MutationCountInstrumentation(maxMutations),
                new MaxQueryComplexityInstrumentation(maxComplexity),
                new ErrorCodeInstrumentation())));
    }
}
