package org.parley.person;

import java.util.Collection;
import org.parley.core.Names;

import jakarta.persistence.Entity;
import java.util.List;

/** A named individual (Popolo: Person). */
@Entity
public class Person extends NamedRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Person";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected String noun() {
        return "person";
    }

    /**
     * People whose canonical name or any alias equals the given name, ignoring case and diacritics.
     * One IN over a UNION, not "name = ? OR id IN (aliases)": each branch can use its search_name
     * index, where the OR made PostgreSQL scan the whole table.
     */
    public static List<Person> byName(String name) {
        String folded = Names.fold(name);
        return list(NamedRecord.byNameQuery("Person", "personId"), folded);
    }

    public static List<Person> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** People in name order, a page at a time, optionally only those whose name or an alias contains {@code search}. */
    public static org.parley.core.Slice<Person> page(String search, org.parley.core.PageRequest page) {
        return NamedRecord.page(Person.class, "personId", search, "", java.util.Map.of(), page);
    }
}
