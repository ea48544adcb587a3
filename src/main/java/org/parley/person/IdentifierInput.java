package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IdentifierInput")
@Description("An identifier of a person or organization in another register (Popolo: Identifier).")
public class IdentifierInput {

    @NonNull
    @NotBlank
    @Size(max = 40)
    @Description("The register, as a lowercase word: `wikidata` for Wikidata item IDs.")
    public String scheme;

    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("The identifier in that register (`Q7747` for Vladimir Putin in Wikidata).")
    public String identifier;

    @NonNull
    @NotNull
    @DefaultValue("false")
    @Description("True when it comes from the curator's knowledge rather than from an article (the usual case).")
    public Boolean inferred;
}
