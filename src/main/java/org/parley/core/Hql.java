package org.parley.core;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/** Untyped HQL projections (grouped counts) that Panache's finders do not cover. */
public final class Hql {

    private Hql() {
    }

    public static List<Object[]> rows(String hql, Map<String, Object> params) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(hql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** As {@link #rows(String, Map)}, at most {@code max} rows. */
    public static List<Object[]> rows(String hql, Map<String, Object> params, int max) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(hql, Object[].class).setMaxResults(max);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
