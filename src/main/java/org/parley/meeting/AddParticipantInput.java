package org.parley.meeting;

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

@Input("AddParticipantInput")
@Description("Someone taking part in a meeting: a person (optionally on behalf of an organization) or a delegation known only by its organization.")
public class AddParticipantInput extends MeetingChangeInput {

    @Id
    @Description("Global ID of the person; required unless `organization` is given.")
    public String person;

    @Id
    @Description("Global ID of the organization the participant attends for.")
    public String organization;

    @NonNull
    @NotNull
    @Description("The part the participant plays.")
    public ParticipantRole role;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that show the participation (1 to 20).")
    public List<@Valid @NonNull EvidenceInput> evidence;
}
