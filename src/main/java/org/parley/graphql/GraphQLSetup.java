package org.parley.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Installs Parley's execution instrumentation: the operation limits — depth, fields and cost after
 * expanding fragments, mutations per request (see {@link OperationPlan}; depth and fields are read
 * from the standard SmallRye properties, which this replaces) — the error codes, and the operation
 * timer {@code parley.graphql} (see {@link OperationTimerInstrumentation}; it replaces SmallRye's
 * {@code mp_graphql}, which records wrong times after errors); read-only loading for queries
 * ({@link ReadOnlyQueries}); and data loaders made per request on demand ({@link UsedDataLoaders}).
 *
 * <p>Registered as a SmallRye {@link EventingService} (META-INF/services) rather than a CDI
 * observer: CDI eventing fires an event around every field, which cost ~10% of the headline
 * query's CPU (see src/bench/analysis.md); this hook runs once, when GraphQL is built.
 */
public class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    static final String ENABLED = "parley.graphql.instrumentation.enabled";

    /** Heap budget of the parsed-document cache, in (estimated) bytes; see {@link DocumentCache}. */
    static final String DOCUMENT_CACHE_BYTES = "parley.graphql.document-cache-bytes";
    static final long DEFAULT_DOCUMENT_CACHE_BYTES = 16L * 1024 * 1024;

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    static final String FIELD_VISIBILITY = "quarkus.smallrye-graphql.field-visibility";
    static final String FIELD_VISIBILITY_DEFAULT = "default";

    /** Off only to compare: queries load their entities read-write, as mutations do (see {@link ReadOnlyQueries}). */
    static final String READ_ONLY_QUERIES = "parley.graphql.read-only-queries";

    /** Off only to compare: SmallRye's own per-field fetchers instead of {@link LeanFetchers}. */
    static final String LEAN_FETCHERS = "parley.graphql.lean-fetchers";

    /**
     * Strict input coercion for Int, Date, String and ID (see {@link StrictScalars});
     * {@code Query.nodes(ids:)} typed {@code [ID!]!}: SmallRye applies {@code @Id} to a list
     * parameter as if it were one ID and fails converting it, so the Java parameter is a list of
     * strings and its GraphQL type is set here (graphql-java hands the IDs over as strings); plain
     * properties and batch fields resolved without SmallRye's per-field machinery (see {@link LeanFetchers}).
     */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        StrictScalars.install(schema);
        Config config = ConfigProvider.getConfig();
        GraphQLCodeRegistry registry = config.getOptionalValue(LEAN_FETCHERS, Boolean.class).orElse(true)
                ? LeanFetchers.install(schema) : schema.getCodeRegistry();
        if (FIELD_VISIBILITY_DEFAULT.equals(config.getOptionalValue(FIELD_VISIBILITY, String.class).orElse(FIELD_VISIBILITY_DEFAULT))) {
            // SmallRye reads any value but "no-introspection" as patterns of fields to block, Quarkus's
            // default "default" too: a regular expression matched on every field of every request.
            registry = registry.transform(b -> b.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        }
        builder.codeRegistry(registry);
        GraphQLObjectType query = schema.getQueryType();
        GraphQLFieldDefinition nodes = query.getFieldDefinition("nodes");
        if (nodes != null && nodes.getArgument("ids") != null) {
            GraphQLArgument ids = nodes.getArgument("ids");
            GraphQLScalarType id = (GraphQLScalarType) schema.getType("ID");
            GraphQLArgument idList = ids.transform(a -> a.type(GraphQLNonNull.nonNull(
                    GraphQLList.list(GraphQLNonNull.nonNull(id)))));
            List<GraphQLArgument> arguments = nodes.getArguments().stream()
                    .map(a -> a.getName().equals("ids") ? idList : a).toList();
            GraphQLFieldDefinition retyped = nodes.transform(f -> f.clearArguments().arguments(arguments));
            builder.query(query.transform(q -> q.field(retyped)));
        }
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        DocumentCache documents = new DocumentCache(
                config.getOptionalValue(DOCUMENT_CACHE_BYTES, Long.class).orElse(DEFAULT_DOCUMENT_CACHE_BYTES));
        builder.preparsedDocumentProvider(documents);
        ContextDocuments.install(documents);
        return builder.instrumentation(new OperationHooks(List.of(
                new OperationPlanInstrumentation(OperationLimits.fromConfig(config)),
                new ErrorCodeInstrumentation(),
                // after ErrorCodeInstrumentation: it reads the error codes that one gives the result
                new OperationTimerInstrumentation(),
                config.getOptionalValue(READ_ONLY_QUERIES, Boolean.class).orElse(true) ? new ReadOnlyQueries()
                        : new SimplePerformantInstrumentation(),
                new UsedDataLoaders.Install(batchFields()))));
    }

    /**
     * The batch fields, taken out of SmallRye's model so that it stops building their loaders for
     * every request. This runs when SmallRye builds GraphQL, before its first request asks the
     * model for them; without the model (not found as a bean) SmallRye keeps building them.
     */
    private static UsedDataLoaders.BatchFields batchFields() {
        InstanceHandle<Schema> model = Arc.container() == null ? null : Arc.container().instance(Schema.class);
        UsedDataLoaders.BatchFields fields = model != null && model.isAvailable()
                ? UsedDataLoaders.BatchFields.takeFrom(model.get()) : null;
        LOG.debugf("%s batch fields' data loaders made on demand", fields == null ? "No" : fields.size());
        return fields;
    }
}
