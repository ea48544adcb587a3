package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Text;

/** What an update of a person and of an organization have in common: the record, its version, its names. */
public abstract class UpdateActorInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the record to change.")
    public String id;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @Text(max = 300, name = true)
    @Description("New canonical name (1 to 300 characters).")
    public String name;

    @Size(max = 20)
    @Description("The complete new list of other spellings (replaces the old list; at most 20). For a person, a bare given name (a single word of the canonical name other than the family name, \"Mark\" for Mark Rutte) is refused.")
    public List<@NonNull @NotBlank @Text(max = 300, name = true) String> aliases;
}
