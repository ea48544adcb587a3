package org.parley.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values of nested fields fetched ahead, together with their parent, by a resolver that looked
 * at the selection set (see {@link CommitmentsView}). A batch resolver asks here first and needs
 * no SQL when every parent of the batch carries its value.
 */
final class Ahead {

    private Map<String, Object> values;

    void put(String field, Object value) {
        if (values == null) {
            values = new HashMap<>(4);
        }
        values.put(field, value);
    }

    /** The values fetched ahead for every parent, in order; null when any parent lacks one. */
    @SuppressWarnings("unchecked")
    static <P, T> List<T> of(List<P> parents, Function<P, Ahead> aheadOf, String field) {
        List<T> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Ahead ahead = aheadOf.apply(parent);
            if (ahead.values == null || !ahead.values.containsKey(field)) {
                return null;
            }
            result.add((T) ahead.values.get(field));
        }
        return result;
    }
}
