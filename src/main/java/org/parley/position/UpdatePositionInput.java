package org.parley.position;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdatePositionInput")
@Description("Changes to a position. Fields left out (or null) keep their value; a new date needs `date`, `datePrecision` and `dateBasis` together.")
public class UpdatePositionInput extends PositionInput {

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
