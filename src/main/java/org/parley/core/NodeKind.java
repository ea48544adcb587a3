package org.parley.core;

import java.util.function.Function;

/**
 * One kind of object that has a global ID: the type name inside the ID, the entity that
 * stores it, and how the API presents a loaded row. The GraphQL type of each stored record
 * contributes one (a CDI producer), so code that resolves any ID — {@code node(id:)},
 * retraction — looks it up in {@link NodeKinds} without importing the domains.
 */
public record NodeKind(String type, Class<? extends Row> entity, Function<Object, Object> present) {

    @SuppressWarnings("unchecked")
    public static <E extends Row> NodeKind of(String type, Class<E> entity, Function<E, ?> present) {
        return new NodeKind(type, entity, row -> present.apply((E) row));
    }
}
