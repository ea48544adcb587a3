package org.parley.person;

import org.parley.core.PartialDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.curation.AuditLog;
import org.parley.core.InputCheck;
import org.parley.core.ParleyException;
import org.parley.core.Row;

/** Creates and changes people and organizations; each method is one transaction. */
@ApplicationScoped
public class ActorCuration {

    @Inject
    AuditLog audit;

    @Inject
    InputCheck checks;

    @Inject
    org.parley.source.Quotes quotes;

    @Transactional
    public Person createPerson(CreatePersonInput input) {
        checks.valid(input, "input");
        Person p = new Person();
        p.rename(input.name);
        p.changeFamilyName(input.familyName);
        checkAliases(p, input.aliases);
        return create(p, input.name, input.aliases, input.identifiers, "createPerson");
    }

    @Transactional
    public Person updatePerson(UpdatePersonInput input) {
        checks.valid(input, "input");
        Person p = person(input.id, "id");
        ParleyException.requireVersion("person", p.version, input.version);
        java.util.Map<String, String> before = p.revisionState();
        if (input.familyName != null) {
            p.changeFamilyName(input.familyName);
        }
        checkAliases(p, input.aliases != null ? input.aliases : NameAlias.ofPeople(List.of(p.id)).stream().map(a -> a.alias).toList());
        return update(p, before, input.name, input.aliases, input.identifiers, "updatePerson");
    }

    @Transactional
    public Organization createOrganization(CreateOrganizationInput input) {
        checks.valid(input, "input");
        Organization o = new Organization();
        o.kind = input.kind;
        o.memberOfId = input.memberOf == null ? null : organization(input.memberOf, "memberOf").id;
        return create(o, input.name, input.aliases, input.identifiers, "createOrganization");
    }

    @Transactional
    public Organization updateOrganization(UpdateOrganizationInput input) {
        checks.valid(input, "input");
        Organization o = organization(input.id, "id");
        ParleyException.requireVersion("organization", o.version, input.version);
        java.util.Map<String, String> before = o.revisionState();
        Organization parent = input.memberOf == null ? null : lockMembershipChain(o, organization(input.memberOf, "memberOf"));
        ParleyException.requireVersion("organization", o.version, input.version); // again: the lock re-read the row
        if (input.kind != null) {
            o.kind = input.kind;
        }
        if (parent != null) {
            o.memberOfId = parent.id;
        }
        return update(o, before, input.name, input.aliases, input.identifiers, "updateOrganization");
    }

    /** The steps every new person or organization takes: a unique name, the row, its aliases and identifiers, the audit line. */
    private <T extends NamedRecord> T create(T actor, String name, List<String> aliases, List<IdentifierInput> identifiers,
            String action) {
        actor.requireUniqueName(name);
        actor.rename(name);
        actor.persist();
        actor.replaceAliases(aliases);
        ExternalIdentifier.replace(actor, identifiers, "identifiers");
        audit.revision(action, action, actor.type(), actor.id, actor.name, java.util.Map.of(), actor.revisionState());
        return actor;
    }

    /** The name, alias and identifier part of an update, shared by people and organizations, then the audit line. */
    private <T extends NamedRecord> T update(T actor, java.util.Map<String, String> before, String name, List<String> aliases, List<IdentifierInput> identifiers,
            String action) {
        renameIfGiven(actor, name);
        replaceAliasesIfGiven(actor, aliases);
        replaceIdentifiersIfGiven(actor, identifiers);
        audit.revision(action, action, actor.type(), actor.id, actor.name, before, actor.revisionState());
        return actor;
    }

    @Transactional
    public Office createOffice(CreateOfficeInput input) {
        checks.valid(input, "input");
        Office office = new Office();
        office.personId = person(input.person, "person").id;
        office.organizationId = organization(input.organization, "organization").id;
        office.role = input.role;
        office.from = PartialDate.of(input.start, "start");
        office.to = PartialDate.of(input.end, "end");
        checkPeriod(office);
        office.persist();
        quotes.attach(org.parley.source.Evidence.Subject.OFFICE, office.id, input.evidence, "evidence");
        audit.revision("createOffice", "createOffice", Office.TYPE, office.id, office.role, java.util.Map.of(), Office.FIELDS.snapshot(office));
        return office;
    }

    @Transactional
    public Office updateOffice(UpdateOfficeInput input) {
        checks.valid(input, "input");
        Office office = Row.require(Office.class, Office.TYPE, input.id, "id");
        ParleyException.requireVersion("office", office.version, input.version);
        java.util.Map<String, String> before = Office.FIELDS.snapshot(office);
        if (InputCheck.givenNotBlank(input.role, "role") != null) {
            office.role = input.role;
        }
        if (input.start != null) {
            office.from = PartialDate.of(input.start, "start");
        }
        if (input.end != null) {
            office.to = PartialDate.of(input.end, "end");
        }
        checkPeriod(office);
        audit.revision("updateOffice", "updateOffice", Office.TYPE, office.id, office.role, before, Office.FIELDS.snapshot(office));
        return office;
    }

    /** Longest membership chain (an organization, its parent, the parent's parent ...) that a change may create or walk. */
    static final int MAX_MEMBERSHIP_DEPTH = 50;

    /**
     * Locks (SELECT ... FOR UPDATE) the organization being changed and every organization above
     * its new parent, in id order, then checks on the locked, fresh rows that the new parent
     * does not lie below it. Two concurrent changes making A a member of B and B of A lock the
     * same rows: the second waits for the first and then sees the cycle. The walk stops after
     * {@link #MAX_MEMBERSHIP_DEPTH} steps, so bad data cannot make a request loop.
     *
     * @return the parent, locked and refreshed
     */
    private static Organization lockMembershipChain(Organization o, Organization parent) {
        jakarta.persistence.EntityManager em = Organization.getEntityManager();
        java.util.Set<Long> locked = new java.util.HashSet<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            java.util.List<Long> chain = chain(o, parent);
            java.util.TreeSet<Long> toLock = new java.util.TreeSet<>(chain);
            toLock.add(o.id);
            toLock.removeAll(locked);
            for (Long id : toLock) {
                Organization row = Organization.findById(id);
                if (row != null) {
                    em.refresh(row, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                }
                locked.add(id);
            }
            java.util.List<Long> fresh = chain(o, parent);
            if (locked.containsAll(fresh)) {
                return parent;
            }
        }
        throw ParleyException.conflict("The organizations above '" + parent.name + "' kept changing meanwhile; try again");
    }

    /** The ids from the parent upwards; BAD_USER_INPUT when it reaches the organization itself or is too long. */
    private static java.util.List<Long> chain(Organization o, Organization parent) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (Organization up = parent; up != null; up = up.memberOfId == null ? null : Organization.findById(up.memberOfId)) {
            if (up.id.equals(o.id)) {
                throw ParleyException.badField("memberOf", "An organization cannot be a member of itself, directly or through others");
            }
            if (ids.size() >= MAX_MEMBERSHIP_DEPTH || ids.contains(up.id)) {
                throw ParleyException.badField("memberOf", "The chain of organizations above '" + parent.name
                        + "' is longer than " + MAX_MEMBERSHIP_DEPTH + " (or loops); choose another parent");
            }
            ids.add(up.id);
        }
        return ids;
    }

    /** The period must make sense: an office cannot end before it began. */
    private static void checkPeriod(Office office) {
        if (office.from != null && office.to != null && office.to.end.isBefore(office.from.date)) {
            throw ParleyException.badField("end", "The office cannot end (" + office.to.text()
                    + ") before it began (" + office.from.text() + ")");
        }
    }

    private static Person person(String globalId, String field) {
        return Row.require(Person.class, Person.TYPE, globalId, field);
    }

    private static Organization organization(String globalId, String field) {
        return Row.require(Organization.class, Organization.TYPE, globalId, field);
    }

    /** A new canonical name, when the update gives one: not blank, not another record's. */
    private static void renameIfGiven(NamedRecord actor, String name) {
        if (InputCheck.givenNotBlank(name, "name") == null) {
            return;
        }
        actor.requireUniqueName(name);
        actor.rename(name);
    }

    /** Refuses aliases that are bare given names of the person (see {@link BareGivenNames}). */
    private static void checkAliases(Person p, List<String> aliases) {
        if (aliases == null) {
            return;
        }
        for (String alias : aliases) {
            String problem = BareGivenNames.problem(p.name, p.familyName, alias);
            if (problem != null) {
                throw ParleyException.badField("aliases", problem);
            }
        }
    }

    /** New identifiers, when the update gives them; the version moves on as for aliases. */
    private static void replaceIdentifiersIfGiven(NamedRecord actor, List<IdentifierInput> identifiers) {
        if (identifiers != null) {
            ExternalIdentifier.replace(actor, identifiers, "identifiers");
            io.quarkus.hibernate.orm.panache.Panache.getEntityManager().lock(actor, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    /** New aliases, when the update gives them; the version moves on although no column of the record changed. */
    private static void replaceAliasesIfGiven(NamedRecord actor, List<String> aliases) {
        if (aliases != null) {
            actor.replaceAliases(aliases);
            io.quarkus.hibernate.orm.panache.Panache.getEntityManager().lock(actor, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }
}
