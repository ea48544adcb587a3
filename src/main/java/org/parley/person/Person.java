package org.parley.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.Collection;
import java.util.List;
import org.parley.core.Fields;
import org.parley.core.InList;
import org.parley.core.Names;

/** A named individual (Popolo: Person). */
@Entity
public class Person extends NamedRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Person";

    /** The fields revisions record and a dataset file manages. */
    public static final Fields<Person> FIELDS = new Fields<Person>()
            .add("name", p -> p.name, (to, from) -> to.rename(from.name))
            .add("familyName", p -> p.familyName, (to, from) -> to.changeFamilyName(from.familyName));

    @Override
    public String type() {
        return TYPE;
    }

    /** Family name (Popolo family_name): "Putin" finds Vladimir Putin. Null when the person has none (a monarch). */
    @Column(name = "family_name")
    public String familyName;

    @Column(name = "family_search_name")
    public String familySearchName;

    @Column(name = "family_key")
    public String familyKey;

    /** Sets the family name with its folded and transliteration forms; null or blank clears it. */
    public void changeFamilyName(String family) {
        boolean none = family == null || family.isBlank();
        familyName = none ? null : family;
        familySearchName = none ? null : Names.fold(family);
        familyKey = none ? null : Names.key(family);
    }
    @Override
    public java.util.Map<String, String> snapshot() {
        return FIELDS.snapshot(this);
    }

    @Override
    protected String noun() {
        return "person";
    }

    /** People known by this name: canonical, family name or alias, else a transliteration of one (see NamedRecord#byName). */
    public static List<Person> byName(String name) {
        return NamedRecord.byName(Person.class, "personId", true, name);
    }

    public static List<Person> byIds(Collection<Long> ids) {
        InList in = InList.of("ids", ids);
        return list("id in " + in.hql(), in.params());
    }

    /**
     * People a page at a time: in name order, or with {@code search} the best matches of a fuzzy
     * name search first (see {@link NameSearch}).
     */
    public static org.parley.core.Slice<Person> page(String search, org.parley.core.PageRequest page) {
        if (search != null && !search.isBlank()) {
            return NameSearch.page(NameSearch.PEOPLE, search, "", java.util.Map.of(), page, Person::byIds);
        }
        return NamedRecord.page(Person.class, "", java.util.Map.of(), page);
    }
}
