package org.parley.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

/**
 * A request's data loaders: made when the request first asks for one, and only those are
 * dispatched. SmallRye builds, for every request, a loader for each of the schema's ~50 batch
 * fields — a new data fetcher each, with a class and method look-up by reflection — and
 * graphql-java dispatched the whole registry at every level of the query: together ~30% of the
 * CPU of {@code { __typename }} (src/bench/results/profile-*.md).
 */
final class UsedDataLoaders extends DataLoaderRegistry {

    private final Map<String, DataLoader<?, ?>> used = new ConcurrentHashMap<>(8);
    private final BatchFields batchFields;

    UsedDataLoaders(DataLoaderRegistry given, BatchFields batchFields) {
        super(given.getDataLoadersMap(), given.getInstrumentation());
        this.batchFields = batchFields;
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<?, ?> loader = used.get(key);
        if (loader == null) {
            loader = super.getDataLoader(key);
            if (loader == null && batchFields != null) {
                loader = batchFields.newLoader(key);
            }
            if (loader != null) {
                DataLoader<?, ?> first = used.putIfAbsent(key, loader);
                loader = first != null ? first : loader;
            }
        }
        @SuppressWarnings("unchecked")
        DataLoader<K, V> typed = (DataLoader<K, V>) loader;
        return typed;
    }

    @Override
    public void dispatchAll() {
        for (DataLoader<?, ?> loader : used.values()) {
            loader.dispatch();
        }
    }

    @Override
    public int dispatchAllWithCount() {
        int keys = 0;
        for (DataLoader<?, ?> loader : used.values()) {
            keys += loader.dispatchWithCounts().getKeysCount();
        }
        return keys;
    }

    @Override
    public int dispatchDepth() {
        int depth = 0;
        for (DataLoader<?, ?> loader : used.values()) {
            depth += loader.dispatchDepth();
        }
        return depth;
    }

    /**
     * The schema's batch fields, taken from SmallRye's schema model so that SmallRye no longer
     * builds their loaders for every request; {@link #newLoader} builds one as SmallRye did (the
     * same batch loader, the same cache key when the field has arguments), its batch loader made
     * once per field rather than once per request.
     */
    static final class BatchFields {

        private final Map<String, Operation> operations;
        private final Map<String, Type> types;
        private final DataFetcherFactory fetchers = new DataFetcherFactory();
        private final Map<String, BatchLoaderWithContext<Object, Object>> batchLoaders = new ConcurrentHashMap<>();
        private final DataLoaderOptions keyedByArguments = DataLoaderOptions.newOptions()
                .setCacheKeyFunction(new ArgumentsCacheKey()).build();

        BatchFields(Map<String, Operation> operations, Map<String, Type> types) {
            this.operations = Map.copyOf(operations);
            this.types = types;
        }

        /**
         * Takes the batch fields out of SmallRye's model, which after bootstrap serves only to list
         * them for every request; null when the model has none.
         */
        static synchronized BatchFields takeFrom(Schema model) {
            if (model == null || !model.hasTypes()) {
                return null;
            }
            if (lastTaken != null && lastTaken.types == model.getTypes()) {
                return lastTaken; // GraphQL built again from the same model: its fields are gone from it
            }
            BatchLoaderHelper names = new BatchLoaderHelper();
            Map<String, Operation> operations = new LinkedHashMap<>();
            for (Type type : model.getTypes().values()) {
                if (type.hasBatchOperations()) {
                    for (Operation operation : type.getBatchOperations().values()) {
                        operations.put(names.getName(operation), operation);
                    }
                    type.setBatchOperations(new LinkedHashMap<>());
                }
            }
            lastTaken = operations.isEmpty() ? null : new BatchFields(operations, model.getTypes());
            return lastTaken;
        }

        /** What {@link #takeFrom} took last. */
        private static BatchFields lastTaken;

        int size() {
            return operations.size();
        }

        /** A new loader for the batch field of this name, or null if there is none. */
        DataLoader<?, ?> newLoader(String name) {
            Operation operation = operations.get(name);
            if (operation == null) {
                return null;
            }
            // SmallRye looks the type up by the operation's name; kept as it is
            BatchLoaderWithContext<Object, Object> batchLoader = batchLoaders.computeIfAbsent(name,
                    n -> fetchers.getSourceBatchLoader(operation, types.get(operation.getName())));
            return usesArguments(operation) ? DataLoaderFactory.newDataLoader(batchLoader, keyedByArguments)
                    : DataLoaderFactory.newDataLoader(batchLoader);
        }

        private static boolean usesArguments(Operation operation) {
            return operation.getArguments().stream().anyMatch(argument -> !argument.isSourceArgument());
        }
    }

    /** The same parent under other arguments is another key, as in SmallRye. */
    private static final class ArgumentsCacheKey implements CacheKey<Object> {

        @Override
        public Object getKey(Object input) {
            return input;
        }

        @Override
        public Object getKeyWithContext(Object input, Object context) {
            if (context instanceof HashMap<?, ?> map && map.get(BatchLoaderHelper.ARGUMENTS) instanceof List<?> arguments) {
                return Objects.hash(Objects.hash(arguments.toArray()), input.hashCode());
            }
            return input;
        }
    }

    /** Puts the registry of each request in a {@link UsedDataLoaders}. */
    static final class Install extends SimplePerformantInstrumentation {

        private final BatchFields batchFields;

        Install(BatchFields batchFields) {
            this.batchFields = batchFields;
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            DataLoaderRegistry given = input.getDataLoaderRegistry();
            if (given == null || given instanceof UsedDataLoaders) {
                return input;
            }
            return input.transform(builder -> builder.dataLoaderRegistry(new UsedDataLoaders(given, batchFields)));
        }
    }
}
