package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateOrganizationInput")
@Description("A new organization.")
public class CreateOrganizationInput {

    @NonNull
    @NotBlank
    @org.parley.core.Text(max = 300, name = true)
    @Description("Canonical name in English (at most 300 characters). A name another organization already has is a CONFLICT.")
    public String name;

    @NonNull
    @NotNull
    @Description("What sort of organization it is.")
    public OrganizationKind kind;

    @Id
    @Description("Global ID of the organization it belongs to (a government to its state ...).")
    public String memberOf;

    @Size(max = 20)
    @Description("Other spellings, as the articles print them (at most 20, each at most 300 characters).")
    public List<@NonNull @NotBlank @org.parley.core.Text(max = 300, name = true) String> aliases;

    @Size(max = 10)
    @Description("Identifiers in other registers (at most 10, one per scheme), such as the Wikidata item.")
    public List<@NonNull IdentifierInput> identifiers;
}
