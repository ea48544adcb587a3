package org.parley.api;

import org.parley.person.ActorCuration;
import org.parley.person.CreateOfficeInput;
import org.parley.person.CreateOrganizationInput;
import org.parley.person.CreatePersonInput;
import org.parley.person.UpdateOfficeInput;
import org.parley.person.UpdateOrganizationInput;
import org.parley.person.UpdatePersonInput;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ActorMutations {

    @Inject
    ActorCuration curation;

    @Mutation("createPerson")
    @RolesAllowed("editor")
    @Description("Adds a person with their other spellings. Editors only.")
    public @NonNull PersonPayload createPerson(@NonNull @Description("The person.") CreatePersonInput input) {
        return new PersonPayload(new PersonType(curation.createPerson(input)));
    }

    @Mutation("updatePerson")
    @RolesAllowed("editor")
    @Description("Renames a person or replaces their other spellings; a stale `version` is a CONFLICT. Editors only.")
    public @NonNull PersonPayload updatePerson(@NonNull @Description("The changes.") UpdatePersonInput input) {
        return new PersonPayload(new PersonType(curation.updatePerson(input)));
    }

    @Mutation("createOrganization")
    @RolesAllowed("editor")
    @Description("Adds an organization. Editors only.")
    public @NonNull OrganizationPayload createOrganization(@NonNull @Description("The organization.") CreateOrganizationInput input) {
        return new OrganizationPayload(new OrganizationType(curation.createOrganization(input)));
    }

    @Mutation("updateOrganization")
    @RolesAllowed("editor")
    @Description("Changes an organization; a stale `version` is a CONFLICT. Editors only.")
    public @NonNull OrganizationPayload updateOrganization(@NonNull @Description("The changes.") UpdateOrganizationInput input) {
        return new OrganizationPayload(new OrganizationType(curation.updateOrganization(input)));
    }

    @Mutation("createOffice")
    @RolesAllowed("editor")
    @Description("Records that a person held a role in an organization, over a period, with the quotes that show it. Editors only.")
    public @NonNull OfficePayload createOffice(@NonNull @Description("The office.") CreateOfficeInput input) {
        return new OfficePayload(new OfficeType(curation.createOffice(input)));
    }

    @Mutation("updateOffice")
    @RolesAllowed("editor")
    @Description("Changes an office's role or period; a stale `version` is a CONFLICT. Editors only.")
    public @NonNull OfficePayload updateOffice(@NonNull @Description("The changes.") UpdateOfficeInput input) {
        return new OfficePayload(new OfficeType(curation.updateOffice(input)));
    }
}
