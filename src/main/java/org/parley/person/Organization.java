package org.parley.person;

import java.util.Collection;
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

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Column(name = "member_of_id")
    public Long memberOfId;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected String noun() {
        return "organization";
    }

    public static List<Organization> byName(String name) {
        String folded = Names.fold(name);
        return list(NamedRecord.byNameQuery("Organization", "organizationId"), folded);
    }

    public static List<Organization> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** Organizations in name order, a page at a time, optionally of one kind and matching {@code search}. */
    public static org.parley.core.Slice<Organization> page(String search, OrganizationKind kind, org.parley.core.PageRequest page) {
        return kind == null ? NamedRecord.page(Organization.class, "organizationId", search, "", java.util.Map.of(), page)
                : NamedRecord.page(Organization.class, "organizationId", search, " and r.kind = :kind", java.util.Map.of("kind", kind), page);
    }
}
