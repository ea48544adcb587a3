package org.parley.person;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Cursor;
import org.parley.core.NamePage;
import org.parley.core.PageRequest;
import org.parley.core.Slice;
import org.parley.core.DatasetRecord;
import org.parley.core.Names;
import org.parley.core.ParleyException;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What people and organizations share: a canonical name, its folded search form, and other
 * spellings (aliases) that name lookup also accepts.
 */
@MappedSuperclass
public abstract class NamedRecord extends DatasetRecord {

    /** Canonical name, as commonly written in English. */
    public String name;

    @Column(name = "search_name")
    public String searchName;

    public void rename(String canonicalName) {
        name = canonicalName;
        searchName = Names.fold(canonicalName);
    }

    /** "person" or "organization", for messages. */
    protected abstract String noun();

    /** The GraphQL type name, for global IDs and the audit trail. */
    public abstract String type();

    /** Replaces the other spellings of the name. */
    public void replaceAliases(List<String> aliases) {
        NameAlias.delete(this instanceof Person ? "personId" : "organizationId", id);
        if (aliases != null) {
            aliases.stream().distinct().forEach(a -> NameAlias.of(this, a).persist());
        }
    }

    /** Refuses a name another record of the same kind already has (also checked by a unique index). */
    public void requireUniqueName(String candidate) {
        List<?> others = Panache.getEntityManager().createQuery("select x.id from " + getClass().getSimpleName()
                + " x where x.searchName = :name", Long.class).setParameter("name", Names.fold(candidate)).getResultList();
        if (others.stream().anyMatch(other -> !other.equals(id))) {
            throw ParleyException.conflict("Another " + noun() + " is already called '" + candidate + "'");
        }
    }

    /**
     * HQL for the records of {@code entity} whose canonical name or any alias equals ?1 (folded).
     * One IN over a UNION, not "name = ? OR id IN (aliases)": each branch can use its search_name
     * index, where the OR made PostgreSQL scan the whole table.
     */
    static String byNameQuery(String entity, String aliasOwner) {
        return "from " + entity + " r where r.id in (select x.id from " + entity + " x where x.searchName = ?1"
                + " union select a." + aliasOwner + " from NameAlias a where a.searchName = ?1) order by r.name, r.id";
    }

    /**
     * A page of {@code type} in name order, optionally only those whose name or an alias contains
     * {@code search}, and only those matching {@code extraWhere} (HQL on alias r, starting with
     * " and ", with its parameters).
     */
    static <T extends NamedRecord> Slice<T> page(Class<T> type, String aliasOwner, String search, String extraWhere,
            Map<String, Object> extraParams, PageRequest page) {
        EntityManager em = Panache.getEntityManager();
        String from = "from " + type.getSimpleName() + " r";
        Map<String, Object> params = new HashMap<>(extraParams);
        TypedQuery<Long> count = em.createQuery("select count(r) " + from
                + NamePage.where("r", aliasOwner, search, null, params) + extraWhere, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        params = new HashMap<>(extraParams);
        TypedQuery<T> rows = em.createQuery(from + NamePage.where("r", aliasOwner, search, page, params) + extraWhere
                + NamePage.keyset("r").orderBy(page), type).setMaxResults(page.fetchSize());
        params.forEach(rows::setParameter);
        return Slice.of(rows.getResultList(), page, total, r -> new Cursor(r.searchName, r.id), r -> r);
    }
}
