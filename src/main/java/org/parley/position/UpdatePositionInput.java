package org.parley.position;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.core.PartialDateInput;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdatePositionInput")
@Description("Changes to a position. Fields left out (or null) keep their value.")
public class UpdatePositionInput extends PositionInput {

    @Description("What kind of position it is; changing it resets a commitment's status.")
    public PositionKind kind;

    @Size(min = 1, max = 2000)
    @Description("English summary (1 to 2,000 characters).")
    public String summary;

    @Valid
    @Description("When the position was taken.")
    public PartialDateInput date;


    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the position.")
    public String id;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;
}
