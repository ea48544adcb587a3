package org.parley.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.PartialDateInput;

@Input("UpdateMeetingInput")
@Description("Changes to a meeting; fields left out keep their value. The status changes with `changeMeetingStatus`.")
public class UpdateMeetingInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the meeting.")
    public String id;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @Size(min = 1, max = 500)
    @Description("New title (1 to 500 characters).")
    public String title;

    @Description("New kind.")
    public MeetingKind kind;

    @Valid
    @Description("New date.")
    public PartialDateInput date;

    @Size(max = 300)
    @Description("New location (at most 300 characters).")
    public String location;

    @Size(max = 4000)
    @Description("New summary (at most 4,000 characters).")
    public String summary;
}
