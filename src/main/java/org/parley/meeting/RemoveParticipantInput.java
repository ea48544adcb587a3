package org.parley.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveParticipantInput")
@Description("A person or delegation to take off a meeting's participants (with their evidence).")
public class RemoveParticipantInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the meeting.")
    public String meeting;

    @NonNull
    @NotNull
    @Description("The meeting's `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the participating person, or of the organization for a delegation.")
    public String participant;
}
