package org.parley.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * A request's data loaders, of which only those the request used are dispatched. SmallRye gives
 * every request a loader for each of the schema's ~50 batch fields, and graphql-java dispatches
 * the whole registry at every level of the query: walking the unused loaders was ~10% of the CPU
 * of {@code { __typename }}.
 */
final class UsedDataLoaders extends DataLoaderRegistry {

    private final Map<String, DataLoader<?, ?>> used = new ConcurrentHashMap<>(8);

    private UsedDataLoaders(DataLoaderRegistry all) {
        super(all.getDataLoadersMap(), all.getInstrumentation());
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<K, V> loader = super.getDataLoader(key);
        if (loader != null) {
            used.putIfAbsent(key, loader);
        }
        return loader;
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

    /** Puts the registry of each request in a {@link UsedDataLoaders}. */
    static final class Install extends SimplePerformantInstrumentation {

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            DataLoaderRegistry given = input.getDataLoaderRegistry();
            if (given == null || given instanceof UsedDataLoaders) {
                return input;
            }
            return input.transform(builder -> builder.dataLoaderRegistry(new UsedDataLoaders(given)));
        }
    }
}
