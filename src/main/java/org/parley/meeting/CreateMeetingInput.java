package org.parley.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.source.EvidenceInput;
import org.parley.core.PartialDateInput;

@Input("CreateMeetingInput")
@Description("A new meeting, held, planned or called off, with the quotes that report it. Participants are added with `addParticipant`.")
public class CreateMeetingInput {

    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("English title (at most 500 characters).")
    public String title;

    @NonNull
    @NotNull
    @Description("What sort of meeting it is.")
    public MeetingKind kind;

    @NonNull
    @NotNull
    @Description("Whether it took place. A CANCELLED meeting needs a `statusReason`.")
    public MeetingStatus status;

    @Size(max = 1000)
    @Description("Why it has this status (for cancellations; at most 1,000 characters).")
    public String statusReason;

    @Valid
    @Description("When it took (or was to take) place; leave out when the sources give no date.")
    public PartialDateInput date;

    @Size(max = 300)
    @Description("Where (at most 300 characters).")
    public String location;

    @Size(max = 4000)
    @Description("English summary (at most 4,000 characters).")
    public String summary;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that report the meeting (1 to 20).")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
