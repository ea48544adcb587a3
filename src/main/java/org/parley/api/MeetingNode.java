package org.parley.api;

import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

@Type("Meeting")
@Name("Meeting")
@Description("A diplomatic meeting — a visit, summit, call or press conference — held, planned or called off.")
public class MeetingNode extends DatedNode implements Node {

    public static final String TYPE = "Meeting";

    private final Meeting meeting;

    public MeetingNode(Meeting meeting) {
        super(meeting.date);
        this.meeting = meeting;
    }

    @Ignore
    public Meeting entity() {
        return meeting;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, meeting.id);
    }

    @NonNull
    @Description("Short English title.")
    public String getTitle() {
        return meeting.title;
    }

    @NonNull
    @Description("The form of the meeting.")
    public MeetingKind getKind() {
        return meeting.kind;
    }

    @NonNull
    @Description("Whether it was held, is planned or was called off, as far as the sources report.")
    public MeetingStatus getStatus() {
        return meeting.status;
    }

    @Description("Why a meeting was called off, as reported (\"agendatechnische problemen\").")
    public String getStatusReason() {
        return meeting.statusReason;
    }

    @Description("Where it takes place, in English.")
    public String getLocation() {
        return meeting.location;
    }

    @Description("English summary of what the sources report about it.")
    public String getSummary() {
        return meeting.summary;
    }

    @NonNull
    @Description("True when a curator retracted the meeting. Retracted meetings are left out of lists unless `includeRetracted: true`.")
    public boolean isRetracted() {
        return meeting.retractedAt != null;
    }

    @Description("When the meeting was retracted, UTC; null when it stands.")
    public java.time.LocalDateTime getRetractedAt() {
        return meeting.retractedAt;
    }

    @Description("Why the meeting was retracted; null when it stands.")
    public String getRetractionReason() {
        return meeting.retractionReason;
    }

    @NonNull
    @Description("Version of the stored record; give it back when changing the meeting or its participants, so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(meeting.version);
    }
}
