package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a meeting took place.")
public enum MeetingStatus {
    @Description("Announced or scheduled, not (yet) reported as held.")
    PLANNED,
    @Description("Reported as held.")
    HELD,
    @Description("Called off.")
    CANCELLED
}
