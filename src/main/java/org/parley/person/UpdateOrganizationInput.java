package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdateOrganizationInput")
@Description("Changes to an organization; fields left out keep their value.")
public class UpdateOrganizationInput extends UpdateActorInput {

    @Description("New kind.")
    public OrganizationKind kind;

    @Id
    @Description("Global ID of the organization it belongs to.")
    public String memberOf;

}
