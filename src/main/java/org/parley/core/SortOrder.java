package org.parley.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * One order of a list: a sort key (a column, or none when the list is in creation order) and a
 * direction, ties broken by id. Keyset paging over (sort key, id) like {@link Keyset}, with the
 * order written into each cursor ("DATE.DESC:2025-03-02"): a cursor of another order, which would
 * seek to a meaningless place, is refused instead of silently skipping or repeating rows.
 */
public final class SortOrder {

    private final String name;
    private final String path;
    private final Function<String, Object> parse;
    private final boolean nullable;
    private final SortDirection direction;

    private SortOrder(String name, String path, Function<String, Object> parse, boolean nullable,
            SortDirection direction) {
        this.name = name;
        this.path = path;
        this.parse = parse;
        this.nullable = nullable;
        this.direction = direction == null ? SortDirection.ASC : direction;
    }

    /**
     * @param name     the order's name in the API ("DATE"), written into cursors
     * @param path     the sort key's HQL path below the entity alias ("date.date", "title")
     * @param parse    turns a cursor's key text back into the key's Java value
     * @param nullable whether rows may have no key (they sort last in both directions)
     */
    public static SortOrder by(String name, String path, Function<String, Object> parse, boolean nullable,
            SortDirection direction) {
        return new SortOrder(name, path, parse, nullable, direction);
    }

    /** Order of a date column. */
    public static SortOrder byDate(String name, String path, boolean nullable, SortDirection direction) {
        return by(name, path, LocalDate::parse, nullable, direction);
    }

    /** Creation order: the id alone. */
    public static SortOrder byId(String name, SortDirection direction) {
        return new SortOrder(name, null, null, false, direction);
    }

    /** "DATE.ASC": what cursors of this order carry. */
    public String tag() {
        return name + "." + direction;
    }

    /** The cursor of a row with this sort key (ignored for creation order) and id. */
    public Cursor cursor(Object key, long id) {
        return new Cursor(tag() + ":" + (path == null || key == null ? "" : key.toString()), id);
    }

    /**
     * HQL condition "after the cursor" on {@code alias}, starting with " and "; empty without a
     * cursor. A cursor of another order or list is BAD_USER_INPUT on {@code after}.
     */
    public String after(String alias, Cursor cursor, Map<String, Object> params) {
        if (cursor == null) {
            return "";
        }
        String key = keyOf(cursor);
        String cmp = direction == SortDirection.DESC ? "<" : ">";
        String id = alias + ".id";
        params.put("cursorId", cursor.id());
        if (path == null) {
            return " and " + id + " " + cmp + " :cursorId";
        }
        String column = alias + "." + path;
        if (key == null) {
            // only rows without a key are left, in id order
            return " and " + column + " is null and " + id + " " + cmp + " :cursorId";
        }
        Object value;
        try {
            value = parse.apply(key);
        } catch (RuntimeException e) {
            throw ParleyException.badInput("after", "'after' is not a cursor returned by this list");
        }
        params.put("cursorKey", value);
        if (!nullable) {
            // a plain bound first, so the database seeks through a (key, id) index
            return " and " + column + " " + cmp + "= :cursorKey and (" + column + " " + cmp + " :cursorKey or "
                    + id + " " + cmp + " :cursorId)";
        }
        return " and (" + column + " " + cmp + " :cursorKey or (" + column + " = :cursorKey and " + id + " " + cmp
                + " :cursorId) or " + column + " is null)";
    }

    /** " order by …": the key (rows without one last), then the id, both in this direction. */
    public String orderBy(String alias) {
        String dir = direction == SortDirection.DESC ? "desc" : "asc";
        return path == null ? " order by " + alias + ".id " + dir
                : " order by " + alias + "." + path + " " + dir + " nulls last, " + alias + ".id " + dir;
    }

    /** The key text of a cursor of this order, or null for a row without a key. */
    private String keyOf(Cursor cursor) {
        String prefix = tag() + ":";
        String raw = cursor.sortKey();
        if (raw == null || !raw.startsWith(prefix)) {
            int colon = raw == null ? -1 : raw.indexOf(':');
            String other = colon > 0 && raw.substring(0, colon).matches("[A-Z_]+\\.(ASC|DESC)") ? raw.substring(0, colon) : null;
            throw new ParleyException(ErrorCode.BAD_USER_INPUT, other == null
                    ? "'after' is not a cursor of this list in the order " + tag() + "; start again without 'after'"
                    : "'after' is a cursor of the order " + other + ", not of " + tag()
                            + "; a cursor only continues the order it came from",
                    other == null ? Map.of("argument", "after", "expectedOrder", tag())
                            : Map.of("argument", "after", "expectedOrder", tag(), "cursorOrder", other));
        }
        String key = raw.substring(prefix.length());
        return key.isEmpty() ? null : key;
    }
}
