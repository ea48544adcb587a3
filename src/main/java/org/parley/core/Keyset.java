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
 * @param tag      for a list a client can order several ways ({@code orderBy}), the order's name and
 *                 direction ("DATE.DESC"), written into every cursor: a cursor of another order, which
 *                 would seek to a meaningless place, is refused instead of silently skipping or
 *                 repeating rows. Null for lists with one order.
 */
public record Keyset(String key, String id, boolean nullable, SortDirection direction,
        Function<String, Object> parseKey, String tag) {

    /** (date, id) of {@code alias.date.date}: chronological lists (meetings may be undated). */
    public static Keyset byDate(String alias, SortDirection direction, boolean nullableDate) {
        return new Keyset(alias + ".date.date", alias + ".id", nullableDate, direction, LocalDate::parse, null);
    }

    /** (name, id) for lists sorted by a NOT NULL text column, ascending. */
    public static Keyset byName(String keyExpression, String idExpression) {
        return new Keyset(keyExpression, idExpression, false, SortDirection.ASC, k -> k == null ? "" : k, null);
    }

    /** By id alone (insertion order, or its reverse). */
    public static Keyset byId(String idExpression, SortDirection direction) {
        return new Keyset(null, idExpression, false, direction, k -> null, null);
    }

    /**
     * One of the orders of a list ({@code orderBy}), its name written into the cursors.
     *
     * @param name  the order's name in the API ("DATE")
     * @param alias the entity alias
     * @param path  the sort key below the alias ("date.date", "title"); null for creation (id) order
     */
    public static Keyset ordered(String name, String alias, String path, Function<String, Object> parse, boolean nullable,
            SortDirection direction) {
        SortDirection dir = direction == null ? SortDirection.ASC : direction;
        return new Keyset(path == null ? null : alias + "." + path, alias + ".id", nullable, dir,
                path == null ? k -> null : parse, name + "." + dir);
    }

    /** The cursor of a row with this sort key (null: none, or creation order) and id. */
    public Cursor cursor(Object sortKey, long rowId) {
        String text = key == null || sortKey == null ? null : sortKey.toString();
        return new Cursor(tag == null ? text : tag + ":" + (text == null ? "" : text), rowId);
    }

    /** One page of all rows of {@code entity} (aliased {@code alias} in this keyset's expressions), in reading order. */
    public <T extends Row> List<T> page(Class<T> entity, String alias, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<T> query = Panache.getEntityManager().createQuery("from " + entity.getSimpleName() + " " + alias
                + " where 1 = 1" + where(page, params) + orderBy(page), entity).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * One page of the {@code entity} rows (aliased {@code alias}) that {@code condition} keeps (HQL
     * starting with " and ", parameters in {@code params}), in this order, with the total when the
     * page asks for it: the count, then the page, two statements at most.
     */
    public <T extends Row> Slice<T> slice(Class<T> entity, String alias, String condition, Map<String, Object> params,
            PageRequest page, Function<T, Object> keyOf) {
        String from = "from " + entity.getSimpleName() + " " + alias + " where 1 = 1" + condition;
        long total = -1;
        if (page.countTotal()) {
            TypedQuery<Long> count = Panache.getEntityManager().createQuery("select count(" + alias + ") " + from, Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        Map<String, Object> all = new HashMap<>(params);
        TypedQuery<T> query = Panache.getEntityManager().createQuery(from + where(page, all) + orderBy(page), entity)
                .setMaxResults(page.fetchSize());
        all.forEach(query::setParameter);
        return Slice.of(query.getResultList(), page, total, row -> cursor(keyOf.apply(row), row.id), row -> row);
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
        String sortKey = tag == null ? cursor.sortKey() : untagged(cursor, argument);
        if (key == null) {
            return idPast;
        }
        boolean nullsPast = !reverse; // null keys come after every other key in list order
        if (sortKey == null) {
            if (!nullable) {
                throw Cursor.notOurs(argument);
            }
            return "(" + key + " is null and " + idPast + (nullsPast ? ")" : " or " + key + " is not null)");
        }
        String keyParam = argument + "Key";
        try {
            params.put(keyParam, parseKey.apply(sortKey));
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

    /** The key text of a cursor of this (tagged) order, null for a row without a key; BAD_USER_INPUT for another order's cursor. */
    private String untagged(Cursor cursor, String argument) {
        String prefix = tag + ":";
        String raw = cursor.sortKey();
        if (raw == null || !raw.startsWith(prefix)) {
            int colon = raw == null ? -1 : raw.indexOf(':');
            String other = colon > 0 && raw.substring(0, colon).matches("[A-Z_]+\\.(ASC|DESC)") ? raw.substring(0, colon) : null;
            throw new ParleyException(ErrorCode.BAD_USER_INPUT, other == null
                    ? "'" + argument + "' is not a cursor of this list in the order " + tag + "; start again without it"
                    : "'" + argument + "' is a cursor of the order " + other + ", not of " + tag
                            + "; a cursor only continues the order it came from",
                    other == null ? Map.of("argument", argument, "expectedOrder", tag)
                            : Map.of("argument", argument, "expectedOrder", tag, "cursorOrder", other));
        }
        String text = raw.substring(prefix.length());
        return text.isEmpty() ? null : text;
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
