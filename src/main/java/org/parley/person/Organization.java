package org.parley.person;

import org.parley.core.Fields;
import java.util.Collection;
import org.parley.core.InList;
import org.parley.core.Names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;

/** A state, international body, institution, government, coalition or group (Popolo: Organization). */
@Entity
public class Organization extends NamedRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Organization";

    /** The fields revisions record and a dataset file manages. */
    public static final Fields<Organization> FIELDS = new Fields<Organization>()
            .add("name", o -> o.name, (to, from) -> to.rename(from.name))
            .add("kind", o -> o.kind, (to, from) -> to.kind = from.kind)
            .add("memberOf", o -> Fields.ref(TYPE, o.memberOfId), (to, from) -> to.memberOfId = from.memberOfId);

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Column(name = "member_of_id")
    public Long memberOfId;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public java.util.Map<String, String> snapshot() {
        return FIELDS.snapshot(this);
    }

    @Override
    protected String noun() {
        return "organization";
    }

    /** Organizations known by this name or alias, else by a transliteration of one (see NamedRecord#byName). */
    public static List<Organization> byName(String name) {
        return NamedRecord.byName(Organization.class, "organizationId", false, name);
    }

    public static List<Organization> byIds(Collection<Long> ids) {
        InList in = InList.of("ids", ids);
        return list("id in " + in.hql(), in.params());
    }

    /**
     * Organizations a page at a time, optionally of one kind: in name order, or with {@code search}
     * the best matches of a fuzzy name search first (see {@link NameSearch}).
     */
    public static org.parley.core.Slice<Organization> page(String search, OrganizationKind kind, org.parley.core.PageRequest page) {
        String where = kind == null ? "" : " and p.kind = :kind";
        java.util.Map<String, Object> params = kind == null ? java.util.Map.of() : java.util.Map.of("kind", kind.name());
        if (search != null && !search.isBlank()) {
            return NameSearch.page(NameSearch.ORGANIZATIONS, search, where, params, page, Organization::byIds);
        }
        return kind == null ? NamedRecord.page(Organization.class, "", java.util.Map.of(), page)
                : NamedRecord.page(Organization.class, " and r.kind = :kind", java.util.Map.of("kind", kind), page);
    }
}
