package org.parley.position;

import jakarta.validation.constraints.NotBlank;
import org.parley.core.PartialDateInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
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


    @Description("Whose words the position is in: the holder's (SAID), or the article's own report (REPORTED) or hedged assessment (ASSESSED). Optional.")
    public Attribution attribution;

    @Id
    @Description("Global ID of the meeting the position reacts to, when it was taken afterwards and away from it (so not the `meeting` it was taken at). Optional; must name a meeting that was not retracted.")
    public String reactsTo;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that back the position (1 to 20); each must occur verbatim in its article.")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
