package org.parley.core;

import java.util.function.Function;

/**
 * One kind of object that has a global ID: the type name inside the ID, the entity that
 * stores it, and how the API presents a loaded row. The GraphQL type of each stored record
 * contributes one (a CDI producer), so code that resolves any ID — {@code node(id:)},
 * {@code nodes(ids:)}, retraction — looks it up in {@link NodeKinds} without importing the domains.
 *
 * @param standing HQL condition on alias {@code x} that holds when the row shows in default reads
 *                 (it is not retracted, nor part of a retracted fact); null when it always shows
 * @param role     the role a caller needs to read it (the audit log names curators), or null
 */
public record NodeKind(String type, Class<? extends Row> entity, Function<Object, Object> present, String standing,
        String role) {

    /** A kind whose rows are hidden exactly when they are retracted {@link Fact}s, readable by anyone. */
    @SuppressWarnings("unchecked")
    public static <E extends Row> NodeKind of(String type, Class<E> entity, Function<E, ?> present) {
        return new NodeKind(type, entity, row -> present.apply((E) row),
                Fact.class.isAssignableFrom(entity) ? "x.retractedAt is null" : null, null);
    }

    /** The same kind, hidden from default reads unless {@code hql} (on alias {@code x}) holds. */
    public NodeKind standingWhen(String hql) {
        return new NodeKind(type, entity, present, hql, role);
    }

    /** The same kind, readable only with {@code needed}. */
    public NodeKind readableBy(String needed) {
        return new NodeKind(type, entity, present, standing, needed);
    }
}
