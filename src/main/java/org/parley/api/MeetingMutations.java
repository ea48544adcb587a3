package org.parley.api;

import org.parley.meeting.AddParticipantInput;
import org.parley.meeting.ChangeMeetingStatusInput;
import org.parley.meeting.CreateMeetingInput;
import org.parley.meeting.MeetingCuration;
import org.parley.meeting.RemoveParticipantInput;
import org.parley.meeting.UpdateMeetingInput;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class MeetingMutations {

    @Inject
    MeetingCuration curation;

    @Mutation("createMeeting")
    @RolesAllowed("editor")
    @Description("Records a meeting with the quotes that report it. Editors only.")
    public @NonNull MeetingPayload createMeeting(@NonNull @Description("The meeting.") CreateMeetingInput input) {
        return new MeetingPayload(new MeetingType(curation.create(input)));
    }

    @Mutation("updateMeeting")
    @RolesAllowed("editor")
    @Description("Changes a meeting's title, kind, date, location or summary; a stale `version` is a CONFLICT. Editors only.")
    public @NonNull MeetingPayload updateMeeting(@NonNull @Description("The changes.") UpdateMeetingInput input) {
        return new MeetingPayload(new MeetingType(curation.update(input)));
    }

    @Mutation("changeMeetingStatus")
    @RolesAllowed("editor")
    @Description("Marks a meeting held, planned or cancelled (a cancellation needs a reason), with the quotes that report it. Editors only.")
    public @NonNull MeetingPayload changeMeetingStatus(@NonNull @Description("The change.") ChangeMeetingStatusInput input) {
        return new MeetingPayload(new MeetingType(curation.changeStatus(input)));
    }

    @Mutation("addParticipant")
    @RolesAllowed("editor")
    @Description("Adds a participant to a meeting, with the quotes that show it. Editors only.")
    public @NonNull MeetingPayload addParticipant(@NonNull @Description("The participant.") AddParticipantInput input) {
        return new MeetingPayload(new MeetingType(curation.addParticipant(input)));
    }

    @Mutation("removeParticipant")
    @RolesAllowed("editor")
    @Description("Takes a participant (and the evidence for their participation) off a meeting. Editors only.")
    public @NonNull MeetingPayload removeParticipant(@NonNull @Description("Who to remove.") RemoveParticipantInput input) {
        return new MeetingPayload(new MeetingType(curation.removeParticipant(input)));
    }
}
