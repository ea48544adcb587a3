package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("The part a participant plays in a meeting.")
public enum ParticipantRole {
    @Description("Receives the others.")
    HOST,
    @Description("Visits the host.")
    GUEST,
    @Description("Takes part on an equal footing.")
    PARTICIPANT,
    @Description("Leads the meeting.")
    CHAIR,
    @Description("Invited; attendance not (yet) reported.")
    INVITEE
}
