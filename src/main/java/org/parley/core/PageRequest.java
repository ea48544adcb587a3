package org.parley.core;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * A validated `first`/`after` pair, and whether the client asked for `totalCount` (counting
 * a long list costs more than fetching a page of it, so it is done only when selected).
 */
public record PageRequest(int first, Cursor after, boolean countTotal) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        return of(first, after, true);
    }

    /** A page whose total is counted only if the connection's `totalCount` is selected. */
    public static PageRequest of(Integer first, String after, Context context) {
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return of(first, after, env == null || env.getSelectionSet().contains("totalCount"));
    }

    private static PageRequest of(Integer first, String after, boolean countTotal) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw ParleyException.badInput("first", "'first' must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new PageRequest(size, Cursor.decode(after), countTotal);
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }
}
