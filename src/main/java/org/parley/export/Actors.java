package org.parley.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.core.NodeId;
import org.parley.person.ExternalIdentifier;
import org.parley.person.Organization;
import org.parley.person.Person;

/**
 * The people and organizations one batch of the export refers to, with their Wikidata items:
 * at most three statements for the whole batch, however many rows name them.
 */
final class Actors {

    private final Map<Long, Person> people;
    private final Map<Long, Organization> organizations;
    private final Map<Long, String> personWikidata = new HashMap<>();
    private final Map<Long, String> organizationWikidata = new HashMap<>();

    private Actors(Map<Long, Person> people, Map<Long, Organization> organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    static Actors load(Set<Long> personIds, Set<Long> organizationIds) {
        Actors actors = new Actors(
                personIds.isEmpty() ? Map.of() : byId(Person.byIds(personIds), p -> p.id),
                organizationIds.isEmpty() ? Map.of() : byId(Organization.byIds(organizationIds), o -> o.id));
        if (!personIds.isEmpty() || !organizationIds.isEmpty()) {
            List<ExternalIdentifier> items = ExternalIdentifier.list(
                    "scheme = ?1 and (personId in ?2 or organizationId in ?3)", ExternalIdentifier.WIKIDATA,
                    orNone(personIds), orNone(organizationIds));
            for (ExternalIdentifier item : items) {
                if (item.personId != null) {
                    actors.personWikidata.put(item.personId, item.identifier);
                } else {
                    actors.organizationWikidata.put(item.organizationId, item.identifier);
                }
            }
        }
        return actors;
    }

    Person person(Long id) {
        return id == null ? null : people.get(id);
    }

    Organization organization(Long id) {
        return id == null ? null : organizations.get(id);
    }

    String wikidata(Person person) {
        return personWikidata.get(person.id);
    }

    String wikidata(Organization organization) {
        return organizationWikidata.get(organization.id);
    }

    /** A person as the provenance export writes it: {id, name, wikidata}; null for none. */
    Map<String, Object> personLine(Long id) {
        Person p = person(id);
        if (p == null) {
            return null;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", NodeId.of(Person.TYPE, p.id));
        line.put("name", p.name);
        line.put("wikidata", wikidata(p));
        return line;
    }

    /** An organization as the provenance export writes it: {id, name, kind, wikidata}; null for none. */
    Map<String, Object> organizationLine(Long id) {
        Organization o = organization(id);
        if (o == null) {
            return null;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", NodeId.of(Organization.TYPE, o.id));
        line.put("name", o.name);
        line.put("kind", o.kind == null ? null : o.kind.name());
        line.put("wikidata", wikidata(o));
        return line;
    }

    static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    /** An IN list that matches nothing when there are no ids (an empty IN list is not valid SQL everywhere). */
    static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
