package org.parley.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.parley.core.Ahead;

/**
 * Replaces two of SmallRye's per-field data fetchers with ones that do only what Parley needs.
 * SmallRye's clone the request context for every value they produce and compute the selected
 * fields below it twice (as JSON), and the batch fetcher wraps every parent's future in a Mutiny
 * pipeline whose future captures a context snapshot: in the headline query that machinery was
 * most of the CPU spent outside SQL (src/bench/results/profile-*.md).
 * <ul>
 * <li>A plain property — a getter or public field whose value GraphQL takes as it is: no wrapper,
 * no transformation, no adapter — is read by a plain accessor ({@link Property}): the same method
 * or field, failing the same way.</li>
 * <li>A batch field ({@code @Source List<...>}) gives the value its parent carries when a resolver
 * fetched it ahead ({@link Ahead}); else it hands its parent straight to SmallRye's data loader
 * ({@link Batched}), with the same arguments and environment; the loader still sets up the context
 * (a batch resolver may read it, see PageRequest) and calls the resolver once per batch.</li>
 * </ul>
 * Everything else keeps SmallRye's fetcher.
 */
final class LeanFetchers {

    private static final Logger LOG = Logger.getLogger(LeanFetchers.class);

    private LeanFetchers() {
    }

    /** The schema's code registry with the lean fetchers in place. */
    static GraphQLCodeRegistry install(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        int[] replaced = { 0 };
        GraphQLCodeRegistry lean = registry.transform(builder -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, definition);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, definition);
                    DataFetcher<?> replacement = fetcher instanceof FieldDataFetcher<?> property ? Property.of(property)
                            : fetcher instanceof BatchDataFetcher<?> batch ? Batched.of(batch, definition.getName()) : null;
                    if (replacement != null) {
                        builder.dataFetcher(coordinates, replacement);
                        replaced[0]++;
                    }
                }
            }
        });
        LOG.debugf("%d fields resolved by lean fetchers", replaced[0]);
        return lean;
    }

    private static Object read(Class<?> type, Object owner, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    /** A light fetcher, asked the same way when graphql-java hands it a whole environment. */
    interface Light extends LightDataFetcher<Object> {

        @Override
        default Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }

    /**
     * Reads one property of the source object. A {@link LightDataFetcher}: graphql-java then builds
     * no {@link DataFetchingEnvironment} (an object of some twenty fields) for the field.
     */
    static final class Property implements Light {

        private final Method method;
        private final java.lang.reflect.Field field;

        private Property(Method method, java.lang.reflect.Field field) {
            this.method = method;
            this.field = field;
        }

        /** The lean fetcher for SmallRye's, or null when SmallRye must keep it. */
        static Property of(FieldDataFetcher<?> smallrye) {
            try {
                Field field = (Field) read(FieldDataFetcher.class, smallrye, "field");
                Reference owner = (Reference) read(FieldDataFetcher.class, smallrye, "owner");
                if (!isPlain(field)) {
                    return null;
                }
                Class<?> type = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
                return field.getMethodName() == null
                        ? new Property(null, type.getField(field.getPropertyName()))
                        : new Property(type.getMethod(field.getMethodName()), null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debugf(e, "Keeping SmallRye's fetcher %s", smallrye);
                return null;
            }
        }

        /** No wrapper (list, array, map, Optional), no scalar of another Java type, no adapter. */
        static boolean isPlain(Field field) {
            Reference reference = field.getReference();
            return !field.hasWrapper()
                    && !reference.getClassName().startsWith("java.util.Optional")
                    && !(reference.getType() == ReferenceType.SCALAR
                            && !reference.getClassName().equals(reference.getGraphQLClassName()))
                    && !field.isAdaptingWith() && !reference.isAdaptingWith()
                    && !field.isAdaptingTo() && !reference.isAdaptingTo();
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            return method != null ? method.invoke(source) : field.get(source);
        }

    }

    /**
     * Hands over the value fetched ahead with the parent ({@link Ahead}) as it is; otherwise queues
     * the parent with SmallRye's data loader of the field, as SmallRye's fetcher does. A value
     * handed over needs no future, no batch and no context for the resolver: in the headline
     * query every nested list and object is fetched ahead. A {@link LightDataFetcher}, so that
     * graphql-java builds the field's environment only when the loader needs it (graphql-java
     * reads the "trivial" it implies only to tell instrumentation, and Parley's has no per-field
     * hooks: see OperationHooks).
     */
    static final class Batched implements Light {

        private final ArgumentHelper arguments;
        private final String loader;
        private final String field;
        /** The parent type's {@code ahead()}, or null when it has none. */
        private final Method aheadOf;

        private Batched(ArgumentHelper arguments, String loader, String field, Method aheadOf) {
            this.arguments = arguments;
            this.loader = loader;
            this.field = field;
            this.aheadOf = aheadOf;
        }

        static Batched of(BatchDataFetcher<?> smallrye, String field) {
            try {
                Operation operation = (Operation) read(BatchDataFetcher.class, smallrye, "operation");
                return new Batched((ArgumentHelper) read(BatchDataFetcher.class, smallrye, "argumentHelper"),
                        (String) read(BatchDataFetcher.class, smallrye, "batchLoaderName"), field,
                        aheadOf(operation.getSourceFieldOn().getClassName()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debugf(e, "Keeping SmallRye's fetcher %s", smallrye);
                return null;
            }
        }

        private static Method aheadOf(String className) throws ClassNotFoundException {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            try {
                Method method = type.getMethod(Ahead.ACCESSOR);
                return method.getReturnType() == Ahead.class ? method : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environments)
                throws Exception {
            if (aheadOf != null) {
                Ahead ahead = (Ahead) aheadOf.invoke(source);
                if (ahead.has(field)) {
                    return ahead.get(field);
                }
            }
            DataFetchingEnvironment environment = environments.get();
            Map<String, Object> context = new HashMap<>(4);
            context.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return environment.getDataLoader(loader).load(environment.getSource(), context);
        }
    }
}
