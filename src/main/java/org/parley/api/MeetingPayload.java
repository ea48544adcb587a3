package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A meeting after a change.")
public class MeetingPayload {

    private final MeetingNode meeting;

    public MeetingPayload(MeetingNode meeting) {
        this.meeting = meeting;
    }

    @NonNull
    @Description("The meeting as stored, with its new `version`.")
    public MeetingNode getMeeting() {
        return meeting;
    }
}
