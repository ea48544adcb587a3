package org.parley.person;

import java.util.Collection;
import org.parley.core.Names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import org.parley.core.DatasetRecord;

/** A state, international body, institution, government, coalition or group (Popolo: Organization). */
@Entity
public class Organization extends DatasetRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Organization";

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Column(name = "member_of_id")
    public Long memberOfId;

    public void rename(String canonicalName) {
        name = canonicalName;
        searchName = Names.fold(canonicalName);
    }

    public static List<Organization> byName(String name) {
        String folded = Names.fold(name);
        return list("""
                from Organization o where o.id in (
                    select x.id from Organization x where x.searchName = ?1
                    union select a.organizationId from NameAlias a where a.searchName = ?1)
                order by o.name, o.id""", folded);
    }

    public static List<Organization> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
