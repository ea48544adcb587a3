package org.parley.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.source.EvidenceInput;

@Input("ChangeMeetingStatusInput")
@Description("A meeting held or called off, with the reason and the quotes that report it.")
public class ChangeMeetingStatusInput extends MeetingChangeInput {

    @NonNull
    @NotNull
    @Description("The new status; it must differ from the current one.")
    public MeetingStatus status;

    @Size(max = 1000)
    @Description("Why (required for CANCELLED; at most 1,000 characters).")
    public String reason;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that report the change (1 to 20); added to the meeting's evidence.")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
