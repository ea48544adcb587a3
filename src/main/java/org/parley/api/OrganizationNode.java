package org.parley.api;

import org.parley.person.Organization;
import org.parley.person.OrganizationKind;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

@Type("Organization")
@Name("Organization")
@Description("A state, international organization, institution, government, coalition or group.")
public class OrganizationNode implements Node, Actor {

    public static final String TYPE = "Organization";

    private final Organization organization;

    public OrganizationNode(Organization organization) {
        this.organization = organization;
    }

    @Ignore
    public Long databaseId() {
        return organization.id;
    }

    @Ignore
    public Long memberOfId() {
        return organization.memberOfId;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, organization.id);
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
}
