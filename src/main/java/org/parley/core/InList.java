package org.parley.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an HQL {@code in} predicate as named parameters, one value each, their number
 * padded up to a power of two by repeating the last value.
 *
 * <p>Why: Hibernate does not cache the SQL it translates a query into when a parameter may be
 * bound to a collection ({@code in :ids}); it translates the query again on every execution.
 * That was ~15% of the CPU of a page of meetings with their participants. Single-valued
 * parameters let it keep one translation per size; padding keeps the sizes few (and the
 * database's prepared statements with them). Beyond {@link #MAX_PADDED} values one collection
 * parameter is bound instead: such lists are rare and large, and translating once is then
 * cheap beside reading them.
 *
 * <pre>
 * InList people = InList.of("people", ids);
 * Person.list("id in " + people.hql(), people.params());
 * </pre>
 */
public final class InList {

    static final int MAX_PADDED = 256;

    /** "(:p0, :p1)", "(:p0, :p1, :p2, :p3)", ... per parameter name, built once per size. */
    private static final Map<String, String[]> LISTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String name;
    private final List<Object> values;

    private InList(String name, Collection<?> values) {
        this.name = name;
        this.values = new ArrayList<>(values);
    }

    /**
     * The values under the parameter {@code name} (letters only). An empty collection binds
     * nulls, which match nothing; callers that can skip the statement should.
     */
    public static InList of(String name, Collection<?> values) {
        return new InList(name, values);
    }

    /** The parenthesised parameter list to write after {@code in}, or {@code :name} beyond the padding. */
    public String hql() {
        if (values.size() > MAX_PADDED) {
            return ":" + name;
        }
        int slot = slotOf(values.size());
        String[] bySlot = LISTS.computeIfAbsent(name, n -> new String[Integer.numberOfTrailingZeros(MAX_PADDED) + 1]);
        String hql = bySlot[slot];
        if (hql == null) { // two threads may both build it: the same string
            hql = build(name, 1 << slot);
            bySlot[slot] = hql;
        }
        return hql;
    }

    /** The bindings of {@link #hql()}, in a new mutable map the caller may add its other parameters to. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (values.size() > MAX_PADDED) {
            params.put(name, values);
            return params;
        }
        int size = 1 << slotOf(values.size());
        for (int i = 0; i < size; i++) {
            params.put(name + i, values.isEmpty() ? null : values.get(Math.min(i, values.size() - 1)));
        }
        return params;
    }

    /** Sizes 2, 4, 8, ...: a single parameter in parentheses would again be one that may take a collection. */
    private static int slotOf(int count) {
        int size = Math.max(2, Integer.highestOneBit(count - 1) << 1);
        return Integer.numberOfTrailingZeros(size);
    }

    private static String build(String name, int size) {
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            list.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return list.append(')').toString();
    }
}
