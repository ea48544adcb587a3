package org.parley.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** One page of a list, in list order, before it is dressed as a typed connection. */
public record Slice<T>(List<T> nodes, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage,
        long totalCount) {

    /**
     * Cuts rows fetched with {@link PageRequest#fetchSize()} in reading order (see
     * {@link Keyset#orderBy}) down to the page, in list order. The extra row says whether more
     * follow in the reading direction; the other way, a cursor given means its own item lies
     * there (the Relay spec lets a server answer so when it can tell cheaply).
     *
     * @param cursorOf the keyset cursor of a row
     */
    public static <R, T> Slice<T> of(List<R> rows, PageRequest page, long totalCount,
            Function<R, Cursor> cursorOf, Function<R, T> toNode) {
        boolean more = rows.size() > page.size();
        List<R> kept = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
        if (page.backward()) {
            Collections.reverse(kept);
        }
        boolean next = page.backward() ? page.before() != null : more || page.before() != null;
        boolean previous = page.backward() ? more || page.after() != null : page.after() != null;
        return new Slice<>(kept.stream().map(toNode).toList(),
                kept.stream().map(r -> cursorOf.apply(r).encode()).toList(), next, previous, totalCount);
    }

    /** The same page with each row turned into what the API shows. */
    public <U> Slice<U> map(Function<T, U> toNode) {
        return new Slice<>(nodes.stream().map(toNode).toList(), cursors, hasNextPage, hasPreviousPage, totalCount);
    }

    /** Cursor of the first row, or null on an empty page. */
    public String startCursor() {
        return cursors.isEmpty() ? null : cursors.get(0);
    }

    /** Cursor of the last row, or null on an empty page. */
    public String endCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }
}
