package org.parley.graphql;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One data fetcher per resolver method for the life of the application. SmallRye builds the data
 * loaders of every batch field ({@code @Source List<...>}) anew for each request, and with each a
 * new fetcher that loads the resolver's class, looks its method up by reflection and builds its
 * helpers: some 40 of them per request even for {@code { __typename }}, which asks for none. The
 * fetchers hold no request state (SmallRye shares the root fields' ones between requests already),
 * so the first one made for a method serves every request. Only the ordinary blocking resolvers
 * are concerned; {@code Uni}, {@code CompletionStage} and {@code Multi} resolvers get Quarkus'
 * fetchers as before.
 *
 * <p>Registered in META-INF/services; SmallRye asks services in ascending priority, Quarkus' own
 * has 1.
 */
public class SharedDataFetchers implements DataFetcherService {

    /** By the identity of the schema model's operation: its equals and hashCode walk the whole field model. */
    private record Key(Operation operation) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.operation == operation;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation);
        }
    }

    private static final Map<Key, PlugableBatchableDataFetcher<?, ?>> FETCHERS = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getDefaultDataFetcher(Operation operation, Type type) {
        return FETCHERS.computeIfAbsent(new Key(operation), key -> new QuarkusDefaultDataFetcher<>(operation, type));
    }
}
