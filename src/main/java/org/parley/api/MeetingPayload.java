package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A meeting after a change. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class MeetingPayload {

    private final MeetingType meeting;

    public MeetingPayload(MeetingType meeting) {
        this.meeting = meeting;
    }

    @NonNull
    @Description("The meeting as stored, with its new `version`.")
    public MeetingType getMeeting() {
        return meeting;
    }
}
