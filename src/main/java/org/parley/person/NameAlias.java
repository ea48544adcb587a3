package org.parley.person;

import org.parley.core.InList;
import org.parley.core.Names;

import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/** Another spelling of a person's or organization's name, as the articles print it. */
@Entity
@Table(name = "name_alias")
public class NameAlias extends Row {

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "organization_id")
    public Long organizationId;

    public String alias;

    @Column(name = "search_name")
    public String searchName;

    /** Transliteration key ({@link Names#key}). */
    @Column(name = "name_key")
    public String nameKey;

    /** An alias of a person or an organization. */
    public static NameAlias of(NamedRecord owner, String alias) {
        return owner instanceof Person ? ofPerson(owner.id, alias) : ofOrganization(owner.id, alias);
    }

    public static NameAlias ofPerson(Long personId, String alias) {
        NameAlias a = new NameAlias();
        a.personId = personId;
        a.alias = alias;
        a.searchName = Names.fold(alias);
        a.nameKey = Names.key(alias);
        return a;
    }

    public static NameAlias ofOrganization(Long organizationId, String alias) {
        NameAlias a = new NameAlias();
        a.organizationId = organizationId;
        a.alias = alias;
        a.searchName = Names.fold(alias);
        a.nameKey = Names.key(alias);
        return a;
    }

    public static List<NameAlias> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("people", personIds);
        return list("personId in " + in.hql() + " order by id", in.params());
    }

    public static List<NameAlias> ofOrganizations(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("organizations", organizationIds);
        return list("organizationId in " + in.hql() + " order by id", in.params());
    }
}
