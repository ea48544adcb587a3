package org.parley.core;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * A validated page request of a Relay cursor connection: {@code first}/{@code after} reads
 * forward, {@code last}/{@code before} backward (the last {@code size} items before
 * {@code before}, or of the list), and both cursors may bound the same page. Giving
 * {@code first} and {@code last} together is refused (BAD_USER_INPUT): the spec discourages it
 * and its result (the last items of the first ones) surprises more than it helps. Also records
 * whether the client asked for {@code totalCount}: counting a long list costs more than fetching
 * a page of it, so it is done only when selected.
 *
 * @param size     items on the page, 0 to {@link #MAX_PAGE_SIZE}
 * @param backward true for {@code last}: rows are fetched from the end, nearest the cursor first
 */
public record PageRequest(int size, Cursor after, Cursor before, boolean backward, boolean countTotal) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Argument descriptions every connection shares. */
    public static final String FIRST = "Page size from the start (or from `after`), 0 to " + MAX_PAGE_SIZE
            + "; " + DEFAULT_PAGE_SIZE + " when neither `first` nor `last` is given. Not together with `last`.";
    public static final String AFTER = "Cursor after which the page starts (`pageInfo.endCursor` of the page before).";
    public static final String LAST = "Page size from the end (or from `before`), 0 to " + MAX_PAGE_SIZE
            + ", to read the list backwards; the page is still in list order. Not together with `first`.";
    public static final String BEFORE = "Cursor before which the page ends (`pageInfo.startCursor` of the page after).";

    public static PageRequest of(Integer first, String after) {
        return of(first, after, null, null, true);
    }

    /** A forward page whose total is counted only if the connection's `totalCount` is selected. */
    public static PageRequest of(Integer first, String after, Context context) {
        return of(first, after, null, null, context);
    }

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        return of(first, after, last, before, true);
    }

    /** A page whose total is counted only if the connection's `totalCount` is selected. */
    public static PageRequest of(Integer first, String after, Integer last, String before, Context context) {
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return of(first, after, last, before, env == null || selectsTotalCount(env));
    }

    /** Read from the immediate fields: the selection set's {@code contains} compiles a glob per call. */
    private static boolean selectsTotalCount(DataFetchingEnvironment env) {
        for (graphql.schema.SelectedField field : env.getSelectionSet().getImmediateFields()) {
            if (field.getName().equals("totalCount")) {
                return true;
            }
        }
        return false;
    }

    private static PageRequest of(Integer first, String after, Integer last, String before, boolean countTotal) {
        if (first != null && last != null) {
            throw ParleyException.badInput("last", "Give 'first' (read forward) or 'last' (read backward), not both");
        }
        boolean backward = last != null;
        int size = backward ? last : first == null ? DEFAULT_PAGE_SIZE : first;
        String argument = backward ? "last" : "first";
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw ParleyException.badInput(argument, "'" + argument + "' must be between 0 and " + MAX_PAGE_SIZE
                    + ", was " + size);
        }
        return new PageRequest(size, Cursor.decode(after, "after"), Cursor.decode(before, "before"), backward,
                countTotal);
    }

    /** Rows to fetch: one more than the page, to learn whether more follow in the reading direction. */
    public int fetchSize() {
        return size + 1;
    }
}
