package org.parley.position;

import jakarta.validation.constraints.NotBlank;
import org.parley.core.PartialDateInput;
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
@Description("A new position, with at least one evidence quote. One of `holder` and `onBehalfOf` is required.")
public class RecordPositionInput extends PositionInput {

    @NonNull
    @NotNull
    @Description("What kind of position it is.")
    public PositionKind kind;

    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("English summary (1 to 2,000 characters).")
    public String summary;

    @NonNull
    @NotNull
    @Valid
    @Description("When the position was taken.")
    public PartialDateInput date;


    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that back the position (1 to 20); each must occur verbatim in its article.")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
