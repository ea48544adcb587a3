package org.parley.core;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * HQL for keyset paging over a list sorted by (key, id), both in one direction, with null keys
 * (when the key may be null) after the others in either direction. No OFFSET: the database
 * seeks straight to the cursor through the index. A backward page ({@code last}) is read in
 * the exact reverse order from its cursor and turned round by {@link Slice#of}, so both
 * directions cost the same.
 *
 * @param key      the key expression, e.g. {@code p.date.date}; null for lists sorted by id alone
 * @param id       the id expression, e.g. {@code p.id}
 * @param nullable whether the key may be null (then a NOT NULL key's cheaper seek is not used)
 * @param parseKey the key of a cursor as the query parameter (its {@code sortKey} string)
 */
public record Keyset(String key, String id, boolean nullable, SortDirection direction,
        Function<String, Object> parseKey) {

    /** (date, id) of {@code alias.date.date}: chronological lists (meetings may be undated). */
    public static Keyset byDate(String alias, SortDirection direction, boolean nullableDate) {
        return new Keyset(alias + ".date.date", alias + ".id", nullableDate, direction, LocalDate::parse);
    }

    /** (name, id) for lists sorted by a NOT NULL text column, ascending. */
    public static Keyset byName(String keyExpression, String idExpression) {
        return new Keyset(keyExpression, idExpression, false, SortDirection.ASC, k -> k == null ? "" : k);
    }

    /** By id alone (insertion order, or its reverse). */
    public static Keyset byId(String idExpression, SortDirection direction) {
        return new Keyset(null, idExpression, false, direction, k -> null);
    }

    /** One page of all rows of {@code entity} (aliased {@code alias} in this keyset's expressions), in reading order. */
    public <T extends Row> List<T> page(Class<T> entity, String alias, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<T> query = Panache.getEntityManager().createQuery("from " + entity.getSimpleName() + " " + alias
                + " where 1 = 1" + where(page, params) + orderBy(page), entity).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** " and ..." keeping the rows after {@code page.after()} and before {@code page.before()}; empty without cursors. */
    public String where(PageRequest page, Map<String, Object> params) {
        String where = "";
        if (page.after() != null) {
            where += " and " + beyond(page.after(), false, "after", params);
        }
        if (page.before() != null) {
            where += " and " + beyond(page.before(), true, "before", params);
        }
        return where;
    }

    /** " order by ..." in reading order: the list order, or its reverse for a backward page. */
    public String orderBy(PageRequest page) {
        return " order by " + terms(page);
    }

    /** The sort terms of {@link #orderBy}, for a window function's {@code over (... order by)}. */
    public String terms(PageRequest page) {
        boolean desc = descending(page.backward());
        String dir = desc ? " desc" : " asc";
        if (key == null) {
            return id + dir;
        }
        // null keys sit last in list order, so first when read backwards
        String nulls = nullable ? (page.backward() ? " nulls first" : " nulls last") : "";
        return key + dir + nulls + ", " + id + dir;
    }

    /**
     * The rows strictly past {@code cursor} in list order ({@code reverse} false) or in the
     * reverse order (true, for {@code before}).
     */
    private String beyond(Cursor cursor, boolean reverse, String argument, Map<String, Object> params) {
        String cmp = descending(reverse) ? "<" : ">";
        String idParam = argument + "Id";
        params.put(idParam, cursor.id());
        String idPast = id + " " + cmp + " :" + idParam;
        if (key == null) {
            return idPast;
        }
        boolean nullsPast = !reverse; // null keys come after every other key in list order
        if (cursor.sortKey() == null) {
            if (!nullable) {
                throw Cursor.notOurs(argument);
            }
            return "(" + key + " is null and " + idPast + (nullsPast ? ")" : " or " + key + " is not null)");
        }
        String keyParam = argument + "Key";
        try {
            params.put(keyParam, parseKey.apply(cursor.sortKey()));
        } catch (RuntimeException e) {
            throw Cursor.notOurs(argument);
        }
        String k = ":" + keyParam;
        if (!nullable) {
            // a plain bound first, so the database seeks through the (key, id) index
            return key + " " + cmp + "= " + k + " and (" + key + " " + cmp + " " + k + " or " + idPast + ")";
        }
        return "(" + key + " " + cmp + " " + k + " or (" + key + " = " + k + " and " + idPast + ")"
                + (nullsPast ? " or " + key + " is null)" : ")");
    }

    private boolean descending(boolean reverse) {
        return (direction == SortDirection.DESC) != reverse;
    }

    /** The same order in memory, in reading order, for rows regrouped after a windowed query. */
    public static <T> Comparator<T> comparator(Function<T, LocalDate> dateOf, Function<T, Long> idOf,
            SortDirection direction, PageRequest page) {
        Comparator<T> byDate = Comparator.comparing(dateOf, Comparator.nullsLast(
                direction == SortDirection.DESC ? Comparator.<LocalDate>reverseOrder() : Comparator.<LocalDate>naturalOrder()));
        Comparator<T> byId = Comparator.comparing(idOf);
        Comparator<T> listOrder = byDate.thenComparing(direction == SortDirection.DESC ? byId.reversed() : byId);
        return page.backward() ? listOrder.reversed() : listOrder;
    }

    public static Cursor cursor(LocalDate date, Long id) {
        return new Cursor(date == null ? null : date.toString(), id);
    }
}
