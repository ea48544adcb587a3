package org.parley.core;

import java.util.List;
import java.util.function.Function;

/** One page of a list, before it is dressed as a typed connection. */
public record Slice<T>(List<T> nodes, List<String> cursors, boolean hasNextPage, long totalCount) {

    /**
     * Cuts rows fetched with {@link PageRequest#fetchSize()} down to the page.
     *
     * @param cursorOf the keyset cursor of a row
     */
    public static <R, T> Slice<T> of(List<R> rows, PageRequest page, long totalCount,
            Function<R, Cursor> cursorOf, Function<R, T> toNode) {
        boolean more = rows.size() > page.first();
        List<R> kept = more ? rows.subList(0, page.first()) : rows;
        return new Slice<>(kept.stream().map(toNode).toList(),
                kept.stream().map(r -> cursorOf.apply(r).encode()).toList(), more, totalCount);
    }

    /** The same page with each row turned into what the API shows. */
    public <U> Slice<U> map(Function<T, U> toNode) {
        return new Slice<>(nodes.stream().map(toNode).toList(), cursors, hasNextPage, totalCount);
    }

    /** Cursor of the last row, or null on an empty page. */
    public String endCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }
}
