package org.parley.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.core.InList;
import org.parley.core.ParleyException;
import org.parley.core.Row;

/**
 * An identifier of a person or an organization in another register (Popolo: Identifier), such as
 * its Wikidata item. {@code inferred}: the curator's knowledge, not something an article says.
 */
@Entity
@Table(name = "external_identifier")
public class ExternalIdentifier extends Row {

    /** The scheme of Wikidata item IDs. */
    public static final String WIKIDATA = "wikidata";

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]{0,11}");

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "organization_id")
    public Long organizationId;

    public String scheme;

    public String identifier;

    public boolean inferred;

    /**
     * Why an identifier is refused, or null when it is well-formed: a scheme is a lowercase word
     * ("wikidata"), a Wikidata identifier is an item ID ("Q7747"), any identifier 1 to 200 characters.
     */
    public static String problem(String scheme, String identifier) {
        if (scheme == null || !SCHEME.matcher(scheme).matches()) {
            return "scheme '" + scheme + "' must be a lowercase word such as 'wikidata' (a-z, 0-9, '_', '-'; at most 40)";
        }
        if (identifier == null || identifier.isBlank() || identifier.length() > 200) {
            return "identifier must be 1 to 200 characters";
        }
        if (WIKIDATA.equals(scheme) && !QID.matcher(identifier).matches()) {
            return "a Wikidata identifier is an item ID such as 'Q7747', was '" + identifier + "'";
        }
        return null;
    }

    /** Replaces the identifiers of a person or organization; each must be well-formed and given once per scheme. */
    public static void replace(NamedRecord owner, List<IdentifierInput> identifiers, String field) {
        String ownerColumn = owner instanceof Person ? "personId" : "organizationId";
        if (identifiers != null) {
            for (int i = 0; i < identifiers.size(); i++) {
                IdentifierInput in = identifiers.get(i);
                String problem = problem(in.scheme, in.identifier);
                if (problem != null) {
                    throw ParleyException.badField(field, "'" + field + "[" + i + "]': " + problem);
                }
                String scheme = in.scheme;
                if (identifiers.stream().filter(o -> scheme.equals(o.scheme)).count() > 1) {
                    throw ParleyException.badField(field, "'" + field + "' gives scheme '" + scheme + "' more than once");
                }
            }
        }
        delete(ownerColumn, owner.id);
        if (identifiers != null) {
            identifiers.forEach(in -> of(owner, in.scheme, in.identifier, Boolean.TRUE.equals(in.inferred)).persist());
        }
    }

    public static ExternalIdentifier of(NamedRecord owner, String scheme, String identifier, boolean inferred) {
        ExternalIdentifier e = new ExternalIdentifier();
        if (owner instanceof Person) {
            e.personId = owner.id;
        } else {
            e.organizationId = owner.id;
        }
        e.scheme = scheme;
        e.identifier = identifier;
        e.inferred = inferred;
        return e;
    }

    public static List<ExternalIdentifier> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("people", personIds);
        return list("personId in " + in.hql() + " order by scheme, id", in.params());
    }

    public static List<ExternalIdentifier> ofOrganizations(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("organizations", organizationIds);
        return list("organizationId in " + in.hql() + " order by scheme, id", in.params());
    }
}
