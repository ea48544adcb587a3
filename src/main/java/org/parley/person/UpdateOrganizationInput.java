package org.parley.person;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
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

    @Size(max = 10)
    @Description("The complete new list of identifiers in other registers (replaces the old list; at most 10, one per scheme).")
    public List<@NonNull IdentifierInput> identifiers;
}
