package org.parley.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveParticipantInput")
@Description("A person or delegation to take off a meeting's participants (with their evidence).")
public class RemoveParticipantInput extends MeetingChangeInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the participating person, or of the organization for a delegation.")
    public String participant;
}
