package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateOrganizationInput")
@Description("Changes to an organization; fields left out keep their value.")
public class UpdateOrganizationInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the organization.")
    public String id;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @org.parley.core.Text(max = 300, name = true)
    @Description("New canonical name (1 to 300 characters).")
    public String name;

    @Description("New kind.")
    public OrganizationKind kind;

    @Id
    @Description("Global ID of the organization it belongs to.")
    public String memberOf;

    @Size(max = 20)
    @Description("The complete new list of other spellings (replaces the old list; at most 20).")
    public List<@NonNull @NotBlank @org.parley.core.Text(max = 300, name = true) String> aliases;

    @Size(max = 10)
    @Description("The complete new list of identifiers in other registers (replaces the old list; at most 10, one per scheme).")
    public List<@NonNull IdentifierInput> identifiers;
}
