package org.parley.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.PartialDateInput;

@Input("UpdateOfficeInput")
@Description("Changes to an office; fields left out keep their value.")
public class UpdateOfficeInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the office.")
    public String id;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @Size(min = 1, max = 300)
    @Description("New role (1 to 300 characters).")
    public String role;

    @Valid
    @Description("New start of the period.")
    public PartialDateInput start;

    @Valid
    @Description("New end of the period; not before the start.")
    public PartialDateInput end;
}
