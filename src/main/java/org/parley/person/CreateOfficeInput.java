package org.parley.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.source.EvidenceInput;
import org.parley.core.PartialDateInput;

@Input("CreateOfficeInput")
@Description("A person holding a role in an organization over a period, with the quotes that show it.")
public class CreateOfficeInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the person.")
    public String person;

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the organization.")
    public String organization;

    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("The role (\"Prime Minister\"; at most 300 characters).")
    public String role;

    @Valid
    @Description("When the office began, if known.")
    public PartialDateInput start;

    @Valid
    @Description("When it ended; leave out while it is held. Not before `start`.")
    public PartialDateInput end;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that show it (1 to 20); each must occur verbatim in its article.")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
