package org.parley.person;

import java.util.Collection;
import org.parley.core.Names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.parley.core.DatasetRecord;

/** A named individual (Popolo: Person). */
@Entity
public class Person extends DatasetRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Person";

    /** Canonical name, as commonly written in English. */
    public String name;

    @Column(name = "search_name")
    public String searchName;

    public void rename(String canonicalName) {
        name = canonicalName;
        searchName = Names.fold(canonicalName);
    }

    /**
     * People whose canonical name or any alias equals the given name, ignoring case and diacritics.
     * One IN over a UNION, not "name = ? OR id IN (aliases)": each branch can use its search_name
     * index, where the OR made PostgreSQL scan the whole table.
     */
    public static List<Person> byName(String name) {
        String folded = Names.fold(name);
        return list("""
                from Person p where p.id in (
                    select x.id from Person x where x.searchName = ?1
                    union select a.personId from NameAlias a where a.searchName = ?1)
                order by p.name, p.id""", folded);
    }

    public static List<Person> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
