package org.parley.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.parley.curation.AuditLog;
import org.parley.graphql.ErrorCode;
import org.parley.graphql.InputCheck;
import org.parley.graphql.NodeId;
import org.parley.graphql.ParleyException;

/** Creates and changes people and organizations; each method is one transaction. */
@ApplicationScoped
public class ActorCuration {

    @Inject
    AuditLog audit;

    @Inject
    InputCheck checks;

    @Transactional
    public Person createPerson(CreatePersonInput input) {
        checks.valid(input, "input");
        uniquePerson(input.name, null);
        Person p = new Person();
        p.rename(input.name);
        p.persist();
        replaceAliases(p, input.aliases);
        audit.record("createPerson", PersonNode.TYPE, p.id, p.name);
        return p;
    }

    @Transactional
    public Person updatePerson(UpdatePersonInput input) {
        checks.valid(input, "input");
        Person p = Person.findById(NodeId.parseField(input.id, PersonNode.TYPE, "id"));
        if (p == null) {
            throw notFound(input.id, "id");
        }
        checkVersion(p.version, input.version, "person");
        if (input.name != null) {
            if (input.name.isBlank()) {
                throw ParleyException.badField("name", "'name' must not be blank");
            }
            uniquePerson(input.name, p.id);
            p.rename(input.name);
        }
        if (input.aliases != null) {
            replaceAliases(p, input.aliases);
            Person.getEntityManager().lock(p, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Person.getEntityManager().flush();
        audit.record("updatePerson", PersonNode.TYPE, p.id, p.name);
        return p;
    }

    @Transactional
    public Organization createOrganization(CreateOrganizationInput input) {
        checks.valid(input, "input");
        uniqueOrganization(input.name, null);
        Organization o = new Organization();
        o.rename(input.name);
        o.kind = input.kind;
        o.memberOfId = input.memberOf == null ? null : organization(input.memberOf, "memberOf").id;
        o.persist();
        replaceAliases(o, input.aliases);
        audit.record("createOrganization", OrganizationNode.TYPE, o.id, o.name);
        return o;
    }

    @Transactional
    public Organization updateOrganization(UpdateOrganizationInput input) {
        checks.valid(input, "input");
        Organization o = organization(input.id, "id");
        checkVersion(o.version, input.version, "organization");
        if (input.name != null) {
            if (input.name.isBlank()) {
                throw ParleyException.badField("name", "'name' must not be blank");
            }
            uniqueOrganization(input.name, o.id);
            o.rename(input.name);
        }
        if (input.kind != null) {
            o.kind = input.kind;
        }
        if (input.memberOf != null) {
            Organization parent = organization(input.memberOf, "memberOf");
            for (Organization up = parent; up != null; up = up.memberOfId == null ? null : Organization.findById(up.memberOfId)) {
                if (up.id.equals(o.id)) {
                    throw ParleyException.badField("memberOf", "An organization cannot be a member of itself, directly or through others");
                }
            }
            o.memberOfId = parent.id;
        }
        if (input.aliases != null) {
            replaceAliases(o, input.aliases);
            Organization.getEntityManager().lock(o, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Organization.getEntityManager().flush();
        audit.record("updateOrganization", OrganizationNode.TYPE, o.id, o.name);
        return o;
    }

    private static void checkVersion(long stored, Integer given, String what) {
        if (given == null || given != stored) {
            throw ParleyException.conflict("The " + what + " was changed meanwhile (version " + stored
                    + ", the change was based on version " + given + "); reload it and try again");
        }
    }

    private static void uniquePerson(String name, Long self) {
        for (Person other : Person.<Person>list("searchName", Names.fold(name))) {
            if (!other.id.equals(self)) {
                throw ParleyException.conflict("Another person is already called '" + other.name + "'");
            }
        }
    }

    private static void uniqueOrganization(String name, Long self) {
        for (Organization other : Organization.<Organization>list("searchName", Names.fold(name))) {
            if (!other.id.equals(self)) {
                throw ParleyException.conflict("Another organization is already called '" + other.name + "'");
            }
        }
    }

    private static Organization organization(String globalId, String field) {
        Organization o = Organization.findById(NodeId.parseField(globalId, OrganizationNode.TYPE, field));
        if (o == null) {
            throw notFound(globalId, field);
        }
        return o;
    }

    private static ParleyException notFound(String globalId, String field) {
        return new ParleyException(ErrorCode.NOT_FOUND, "Nothing has the ID '" + globalId + "'", Map.of("field", field));
    }

    private static void replaceAliases(Person p, List<String> aliases) {
        NameAlias.delete("personId", p.id);
        if (aliases != null) {
            aliases.stream().distinct().forEach(a -> NameAlias.ofPerson(p.id, a).persist());
        }
    }

    private static void replaceAliases(Organization o, List<String> aliases) {
        NameAlias.delete("organizationId", o.id);
        if (aliases != null) {
            aliases.stream().distinct().forEach(a -> NameAlias.ofOrganization(o.id, a).persist());
        }
    }
}
