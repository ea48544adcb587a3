package org.parley.api;

import org.parley.core.Slice;

import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay cursor connection. Subclasses fix the node type, so the schema has one named
 * connection and edge type per list ({@code PositionConnection}, {@code PositionEdge}).
 */
public abstract class Connection<N, E> {

    private final Slice<N> slice;
    private final BiFunction<String, N, E> edge;

    protected Connection(Slice<N> slice, BiFunction<String, N, E> edge) {
        this.slice = slice;
        this.edge = edge;
    }

    @NonNull
    @Description("The items of this page.")
    public List<@NonNull N> getNodes() {
        return slice.nodes();
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        List<N> nodes = slice.nodes();
        return java.util.stream.IntStream.range(0, nodes.size())
                .mapToObj(i -> edge.apply(slice.cursors().get(i), nodes.get(i))).toList();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return new PageInfo(slice.startCursor(), slice.endCursor(), slice.hasNextPage(), slice.hasPreviousPage());
    }

    @NonNull
    @Description("Number of items in the whole list, across all pages.")
    public int getTotalCount() {
        return Math.toIntExact(slice.totalCount());
    }
}
