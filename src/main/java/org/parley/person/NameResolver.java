package org.parley.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.parley.core.ErrorCode;
import org.parley.core.ParleyException;

/**
 * Turns a name argument into exactly one person or organization: canonical name or any
 * alias, ignoring case and diacritics. Unknown and ambiguous names are errors, never empty lists.
 */
@ApplicationScoped
public class NameResolver {

    public Person person(String name, String argument) {
        return one(Person.byName(checked(name, argument)), name, argument, "person", p -> p.name);
    }

    public Organization organization(String name, String argument) {
        return one(Organization.byName(checked(name, argument)), name, argument, "organization", o -> o.name);
    }

    /** A person, an organization or both that share a name; at least one is set. */
    public record Named(Person person, Organization organization) {
    }

    /**
     * The person and the organization known by this name or alias, for arguments that accept
     * either (an addressee). NOT_FOUND when neither is, AMBIGUOUS_NAME when several of a kind are.
     */
    public Named personOrOrganization(String name, String argument) {
        List<Person> people = Person.byName(checked(name, argument));
        List<Organization> organizations = Organization.byName(name);
        if (people.isEmpty() && organizations.isEmpty()) {
            throw new ParleyException(ErrorCode.NOT_FOUND, "No person or organization is known by the name '" + name + "'",
                    Map.of("argument", argument));
        }
        return new Named(people.isEmpty() ? null : one(people, name, argument, "person", p -> p.name),
                organizations.isEmpty() ? null : one(organizations, name, argument, "organization", o -> o.name));
    }

    private static String checked(String name, String argument) {
        if (name == null || name.isBlank()) {
            throw ParleyException.badInput(argument, "'" + argument + "' must not be blank");
        }
        if (name.length() > 300) {
            throw ParleyException.badInput(argument, "'" + argument + "' is longer than 300 characters");
        }
        return name;
    }

    private static <T> T one(List<T> found, String name, String argument, String what,
            java.util.function.Function<T, String> nameOf) {
        if (found.isEmpty()) {
            throw new ParleyException(ErrorCode.NOT_FOUND, "No " + what + " is known by the name '" + name + "'",
                    Map.of("argument", argument));
        }
        if (found.size() > 1) {
            List<String> candidates = found.stream().map(nameOf).toList();
            throw new ParleyException(ErrorCode.AMBIGUOUS_NAME, "'" + name + "' matches several " + what
                    + "s: " + String.join(", ", candidates) + ". Use a fuller name.",
                    Map.of("argument", argument, "candidates", candidates));
        }
        return found.get(0);
    }
}
