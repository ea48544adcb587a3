package org.parley.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values of nested fields fetched ahead, together with their parent, by a resolver that looked
 * at the selection set (the headline's commitments, a page of meetings). The GraphQL wiring
 * hands such a value over as it is, without queuing the parent for the field's batch resolver
 * (see {@code graphql.LeanFetchers}); a batch resolver asks here first too, and needs no SQL when
 * every parent of the batch carries its value.
 *
 * <p>A GraphQL type that can carry them has a public {@code ahead()} method returning its own
 * instance, annotated {@code @Ignore}.
 */
public final class Ahead {

    /** The name of the method by which a GraphQL type gives its values fetched ahead. */
    public static final String ACCESSOR = "ahead";

    private Map<String, Object> values;

    public void put(String field, Object value) {
        if (values == null) {
            values = new HashMap<>(4);
        }
        values.put(field, value);
    }

    /** Whether {@code field} was fetched ahead (its value may be null). */
    public boolean has(String field) {
        return values != null && values.containsKey(field);
    }

    public Object get(String field) {
        return values == null ? null : values.get(field);
    }

    /** The values fetched ahead for every parent, in order; null when any parent lacks one. */
    @SuppressWarnings("unchecked")
    public static <P, T> List<T> of(List<P> parents, Function<P, Ahead> aheadOf, String field) {
        List<T> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Ahead ahead = aheadOf.apply(parent);
            if (!ahead.has(field)) {
                return null;
            }
            result.add((T) ahead.values.get(field));
        }
        return result;
    }
}
