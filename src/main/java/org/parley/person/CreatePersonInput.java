package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreatePersonInput")
@Description("A new person.")
public class CreatePersonInput {

    @NonNull
    @NotBlank
    @org.parley.core.Text(max = 300, name = true)
    @Description("Canonical name, as commonly written in English (at most 300 characters). A name another person already has is a CONFLICT.")
    public String name;

    @Size(max = 20)
    @Description("Other spellings, as the articles print them (at most 20, each at most 300 characters). A bare given name (a single word of the canonical name other than the family name, \"Mark\" for Mark Rutte) is refused.")
    public List<@NonNull @NotBlank @org.parley.core.Text(max = 300, name = true) String> aliases;

    @org.parley.core.Text(max = 300, name = true)
    @Description("Family name (\"Putin\"), which name lookup also accepts; leave it out when the person has none (a monarch).")
    public String familyName;

    @Size(max = 10)
    @Description("Identifiers in other registers (at most 10, one per scheme), such as the Wikidata item.")
    public List<@NonNull IdentifierInput> identifiers;
}
