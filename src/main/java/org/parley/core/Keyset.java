package org.parley.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * HQL for chronological keyset paging over (date, id), dates ascending or descending with
 * undated rows last. No OFFSET: the database seeks straight to the cursor through the index.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The condition "after the cursor" for {@code alias.date.date, alias.id}; empty when there is no cursor. */
    public static String after(String alias, Cursor cursor, SortDirection direction, Map<String, Object> params) {
        return after(alias, cursor, direction, params, true);
    }

    /**
     * As {@link #after(String, Cursor, SortDirection, Map)}; with {@code nullableDate} false (the
     * date column is NOT NULL) the condition starts with a plain bound on the date, so the database
     * seeks to the cursor through the (date, id) index instead of filtering every row before it.
     */
    public static String after(String alias, Cursor cursor, SortDirection direction, Map<String, Object> params,
            boolean nullableDate) {
        if (cursor != null && !nullableDate && cursor.sortKey() != null) {
            String cmp = direction == SortDirection.DESC ? "<" : ">";
            String date = alias + ".date.date";
            params.put("cursorId", cursor.id());
            params.put("cursorDate", parseDate(cursor.sortKey()));
            return " and " + date + " " + cmp + "= :cursorDate and (" + date + " " + cmp + " :cursorDate or "
                    + alias + ".id " + cmp + " :cursorId)";
        }
        if (cursor == null) {
            return "";
        }
        String cmp = direction == SortDirection.DESC ? "<" : ">";
        String date = alias + ".date.date";
        String id = alias + ".id";
        params.put("cursorId", cursor.id());
        if (cursor.sortKey() == null) {
            return " and " + date + " is null and " + id + " " + cmp + " :cursorId";
        }
        params.put("cursorDate", parseDate(cursor.sortKey()));
        return " and (" + date + " " + cmp + " :cursorDate or (" + date + " = :cursorDate and " + id + " " + cmp
                + " :cursorId) or " + date + " is null)";
    }

    public static String orderBy(String alias, SortDirection direction) {
        String dir = direction == SortDirection.DESC ? "desc" : "asc";
        return " order by " + alias + ".date.date " + dir + " nulls last, " + alias + ".id " + dir;
    }

    /** The same order in memory, for rows regrouped after a windowed query. */
    public static <T> Comparator<T> comparator(Function<T, LocalDate> dateOf, Function<T, Long> idOf,
            SortDirection direction) {
        Comparator<T> byDate = Comparator.comparing(dateOf, Comparator.nullsLast(
                direction == SortDirection.DESC ? Comparator.<LocalDate>reverseOrder() : Comparator.<LocalDate>naturalOrder()));
        Comparator<T> byId = Comparator.comparing(idOf);
        return byDate.thenComparing(direction == SortDirection.DESC ? byId.reversed() : byId);
    }

    public static Cursor cursor(LocalDate date, Long id) {
        return new Cursor(date == null ? null : date.toString(), id);
    }

    private static LocalDate parseDate(String key) {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException e) {
            throw ParleyException.badInput("after", "'after' is not a cursor returned by this list");
        }
    }
}
