package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdatePersonInput")
@Description("Changes to a person; fields left out keep their value.")
public class UpdatePersonInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the person.")
    public String id;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @org.parley.core.Text(max = 300, name = true)
    @Description("New canonical name (1 to 300 characters).")
    public String name;

    @Size(max = 20)
    @Description("The complete new list of other spellings (replaces the old list; at most 20). A bare given name (a single word of the canonical name other than the family name, \"Mark\" for Mark Rutte) is refused.")
    public List<@NonNull @NotBlank @org.parley.core.Text(max = 300, name = true) String> aliases;

    @org.parley.core.Text(max = 300)
    @Description("New family name; an empty string removes it.")
    public String familyName;

    @Size(max = 10)
    @Description("The complete new list of identifiers in other registers (replaces the old list; at most 10, one per scheme).")
    public List<@NonNull IdentifierInput> identifiers;
}
