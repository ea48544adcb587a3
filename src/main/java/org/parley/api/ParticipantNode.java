package org.parley.api;

import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.ParticipantRole;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Participant")
@Name("Participant")
@Description("Someone taking part in a meeting: a person, or a delegation known only by its organization.")
public class ParticipantNode {

    private final Attendance attendance;
    private final Meeting meeting;

    public ParticipantNode(Attendance attendance, Meeting meeting) {
        this.attendance = attendance;
        this.meeting = meeting;
    }

    @Ignore
    public Attendance entity() {
        return attendance;
    }

    @Ignore
    public Meeting meeting() {
        return meeting;
    }

    @NonNull
    @Description("The part played in the meeting.")
    public ParticipantRole getRole() {
        return attendance.role;
    }
}
