package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An organization after a change. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class OrganizationPayload {

    private final OrganizationType organization;

    public OrganizationPayload(OrganizationType organization) {
        this.organization = organization;
    }

    @NonNull
    @Description("The organization as stored, with its new `version`.")
    public OrganizationType getOrganization() {
        return organization;
    }
}
