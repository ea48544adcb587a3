package org.parley.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Helpers for batch resolvers: one query for all parents, one result per parent, in order. */
public final class Batch {

    private Batch() {
    }

    /** Distinct non-null ids, in first-seen order. */
    public static <P> Set<Long> ids(List<P> parents, Function<P, Long> idOf) {
        Set<Long> ids = new LinkedHashSet<>();
        for (P p : parents) {
            Long id = idOf.apply(p);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** For each parent, the one row its reference points at (or null). */
    public static <P, E, T> List<T> one(List<P> parents, Function<P, Long> refOf,
            Function<Collection<Long>, List<E>> load, Function<E, Long> idOf, Function<E, T> toNode) {
        Set<Long> ids = ids(parents, refOf);
        Map<Long, T> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (E e : load.apply(ids)) {
                byId.put(idOf.apply(e), toNode.apply(e));
            }
        }
        List<T> result = new ArrayList<>(parents.size());
        for (P p : parents) {
            Long ref = refOf.apply(p);
            result.add(ref == null ? null : byId.get(ref));
        }
        return result;
    }

    /** For each parent, the rows that point back at it, in the order the rows came. */
    public static <P, E, T> List<List<T>> many(List<P> parents, Function<P, Long> idOfParent,
            Function<Collection<Long>, List<E>> load, Function<E, Long> parentOf, Function<E, T> toNode) {
        Set<Long> ids = ids(parents, idOfParent);
        Map<Long, List<T>> byParent = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (E e : load.apply(ids)) {
                byParent.computeIfAbsent(parentOf.apply(e), k -> new ArrayList<>()).add(toNode.apply(e));
            }
        }
        List<List<T>> result = new ArrayList<>(parents.size());
        for (P p : parents) {
            result.add(byParent.getOrDefault(idOfParent.apply(p), List.of()));
        }
        return result;
    }
}
