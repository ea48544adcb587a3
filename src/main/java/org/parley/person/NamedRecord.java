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

    /** Transliteration key of the canonical name ({@link Names#key}), the fallback of lookup by name. */
    @Column(name = "name_key")
    public String nameKey;

    public void rename(String canonicalName) {
        name = canonicalName;
        searchName = Names.fold(canonicalName);
        nameKey = Names.key(canonicalName);
    }

    /** The fields revisions record, as text ({@code FIELDS} of the subclass). */
    public abstract java.util.Map<String, String> snapshot();

    /**
     * What a revision of this record records: its fields ({@link #snapshot}) and its other
     * spellings and external identifiers, each as one sorted, comma-separated text (null: none).
     */
    public java.util.Map<String, String> revisionState() {
        java.util.Map<String, String> state = new java.util.LinkedHashMap<>(snapshot());
        String owner = this instanceof Person ? "personId" : "organizationId";
        state.put("aliases", joined(NameAlias.<NameAlias>list(owner, id).stream().map(a -> a.alias)));
        state.put("identifiers", joined(ExternalIdentifier.<ExternalIdentifier>list(owner, id).stream()
                .map(i -> i.scheme + ":" + i.identifier + (i.inferred ? " (inferred)" : ""))));
        return state;
    }

    private static String joined(java.util.stream.Stream<String> values) {
        String text = values.sorted().collect(java.util.stream.Collectors.joining(", "));
        return text.isEmpty() ? null : text;
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
     * Records of {@code type} known by {@code name}: first those whose canonical name, family name
     * (people) or any alias equals it folded; when none does, those whose transliteration key
     * ({@link Names#key}) equals its key, so "Zelenski" finds "Volodymyr Zelenskyy" but an exact
     * alias never loses to a near spelling. One statement when the exact form matches, two otherwise.
     */
    static <T extends NamedRecord> List<T> byName(Class<T> type, String aliasOwner, boolean hasFamily, String name) {
        EntityManager em = Panache.getEntityManager();
        List<T> exact = em.createQuery(byNameQuery(type.getSimpleName(), aliasOwner, "searchName",
                hasFamily ? "familySearchName" : null), type).setParameter(1, Names.fold(name)).getResultList();
        String key = Names.key(name);
        if (!exact.isEmpty() || key.isEmpty()) {
            return exact;
        }
        return em.createQuery(byNameQuery(type.getSimpleName(), aliasOwner, "nameKey", hasFamily ? "familyKey" : null), type)
                .setParameter(1, key).getResultList();
    }

    /**
     * HQL for the records of {@code entity} whose {@code field} (of the record or of any alias) or
     * {@code familyField} equals ?1. One IN over a UNION, not "name = ? OR id IN (aliases)": each
     * branch can use its index, where the OR made PostgreSQL scan the whole table.
     */
    private static String byNameQuery(String entity, String aliasOwner, String field, String familyField) {
        return "from " + entity + " r where r.id in (select x.id from " + entity + " x where x." + field + " = ?1"
                + (familyField == null ? "" : " union select y.id from " + entity + " y where y." + familyField + " = ?1")
                + " union select a." + aliasOwner + " from NameAlias a where a." + field + " = ?1) order by r.name, r.id";
    }

    /**
     * A page of {@code type} in name order, only those matching {@code extraWhere} (HQL on alias r,
     * starting with " and ", with its parameters).
     */
    static <T extends NamedRecord> Slice<T> page(Class<T> type, String extraWhere, Map<String, Object> extraParams,
            PageRequest page) {
        EntityManager em = Panache.getEntityManager();
        String from = "from " + type.getSimpleName() + " r";
        Map<String, Object> params = new HashMap<>(extraParams);
        TypedQuery<Long> count = em.createQuery("select count(r) " + from + NamePage.where("r", null, params) + extraWhere,
                Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        params = new HashMap<>(extraParams);
        TypedQuery<T> rows = em.createQuery(from + NamePage.where("r", page, params) + extraWhere
                + NamePage.keyset("r").orderBy(page), type).setMaxResults(page.fetchSize());
        params.forEach(rows::setParameter);
        return Slice.of(rows.getResultList(), page, total, r -> new Cursor(r.searchName, r.id), r -> r);
    }
}
