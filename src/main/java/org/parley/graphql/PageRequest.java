package org.parley.graphql;

/** A validated `first`/`after` pair. */
public record PageRequest(int first, Cursor after) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw ParleyException.badInput("first", "'first' must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new PageRequest(size, Cursor.decode(after));
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }
}
