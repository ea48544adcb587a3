package org.parley.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.Batch;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.parley.core.PageRequest;
import org.parley.person.ExternalIdentifier;
import org.parley.person.NameAlias;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;

/** The GraphQL type {@code Organization}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Organization")
@Name("Organization")
@Description("A state, international organization, institution, government, coalition or group.")
public class OrganizationType implements Node, Actor {

    private final Organization organization;

    @Inject
    History revisions;

    OrganizationType() {
        this(new Organization());
    }

    public OrganizationType(Organization organization) {
        this.organization = organization;
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Organization.TYPE, Organization.class, OrganizationType::new);
    }

    @Ignore
    public Long databaseId() {
        return organization.id;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(Organization.TYPE, organization.id);
    }

    @Override
    @NonNull
    @Description("Canonical name in English (\"United Kingdom\"). Other spellings are in `aliases`.")
    public String getName() {
        return organization.name;
    }

    @NonNull
    @Description("What sort of organization this is.")
    public OrganizationKind getKind() {
        return organization.kind;
    }

    @NonNull
    @Description("Version of the stored record; give it back when updating, so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(organization.version);
    }

    @Name("aliases")
    @Description("Other spellings of the name, as the articles print them (\"NAVO\", \"VS\").")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<OrganizationType> organizations) {
        return Batch.many(organizations, OrganizationType::databaseId, NameAlias::ofOrganizations,
                a -> a.organizationId, a -> a.alias);
    }

    @Name("identifiers")
    @Description("Identifiers of this organization in other registers (Wikidata), by scheme.")
    public List<@NonNull List<@NonNull IdentifierType>> identifiers(@Source List<OrganizationType> organizations) {
        return Batch.many(organizations, OrganizationType::databaseId, ExternalIdentifier::ofOrganizations,
                i -> i.organizationId, IdentifierType::new);
    }

    @Name("memberOf")
    @Description("The organization this one belongs to, if recorded (the European Commission is part of the EU).")
    public List<OrganizationType> memberOf(@Source List<OrganizationType> organizations) {
        return Batch.one(organizations, o -> o.organization.memberOfId, Organization::byIds, o -> o.id,
                OrganizationType::new);
    }

    @Name("history")
    @Description(History.RECORD_DESCRIPTION)
    public List<@NonNull AuditEntryConnection> history(@Source List<OrganizationType> organizations,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        return revisions.of(Organization.TYPE, organizations.stream().map(r -> r.organization.id).toList(), first, after);
    }
}
