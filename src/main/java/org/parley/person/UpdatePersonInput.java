package org.parley.person;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdatePersonInput")
@Description("Changes to a person; fields left out keep their value.")
public class UpdatePersonInput extends UpdateActorInput {

    @org.parley.core.Text(max = 300)
    @Description("New family name; an empty string removes it.")
    public String familyName;

    @Size(max = 10)
    @Description("The complete new list of identifiers in other registers (replaces the old list; at most 10, one per scheme).")
    public List<@NonNull IdentifierInput> identifiers;
}
