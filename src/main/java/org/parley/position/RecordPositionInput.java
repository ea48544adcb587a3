package org.parley.position;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.source.EvidenceInput;

@Input("RecordPositionInput")
@Description("A new position. `kind`, `summary`, `date`, `datePrecision`, `dateBasis` and at least one evidence quote are required.")
public class RecordPositionInput extends PositionInput {

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that back the position (1 to 20); each must occur verbatim in its article.")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
