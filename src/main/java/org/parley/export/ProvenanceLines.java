package org.parley.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Fact;
import org.parley.core.NodeId;
import org.parley.core.PartialDate;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.position.Position;
import org.parley.position.Topic;

/**
 * The lines of {@code /export/positions.ndjson} and {@code /export/meetings.ndjson}: each fact
 * with the names it refers to and every piece of evidence (verbatim quote, offsets, article).
 * Field names follow the GraphQL API; see the README's Export section.
 */
final class ProvenanceLines {

    private ProvenanceLines() {
    }

    static List<Map<String, Object>> positions(PositionBatch batch) {
        List<Map<String, Object>> lines = new ArrayList<>(batch.positions.size());
        for (Position p : batch.positions) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", Position.TYPE);
            line.put("id", NodeId.of(Position.TYPE, p.id));
            line.put("datasetKey", p.datasetKey);
            line.put("kind", p.kind.name());
            line.put("status", p.status == null ? null : p.status.name());
            line.put("summary", p.summary);
            line.put("condition", p.condition);
            line.put("holder", batch.actors.personLine(p.holderId));
            line.put("onBehalfOf", batch.actors.organizationLine(p.organizationId));
            line.put("attributedTo", p.attributedTo);
            line.put("attribution", p.attribution == null ? null : p.attribution.name());
            Map<String, Object> addressee = p.addresseePersonId != null ? batch.actors.personLine(p.addresseePersonId)
                    : batch.actors.organizationLine(p.addresseeOrganizationId);
            if (addressee != null) {
                addressee.put("type", p.addresseePersonId != null ? "Person" : "Organization");
            }
            line.put("addressee", addressee);
            Topic topic = batch.topic(p.topicId);
            line.put("topic", topic == null ? null : Map.of("id", NodeId.of(Topic.TYPE, topic.id), "name", topic.name));
            line.put("date", date(p.date));
            line.put("meeting", batch.meetingLine(p.meetingId));
            line.put("reactsTo", batch.meetingLine(p.reactsToMeetingId));
            retraction(line, p);
            line.put("evidence", batch.evidence(p).stream().map(Quote::line).toList());
            lines.add(line);
        }
        return lines;
    }

    static List<Map<String, Object>> meetings(MeetingBatch batch) {
        List<Map<String, Object>> lines = new ArrayList<>(batch.meetings.size());
        for (Meeting m : batch.meetings) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", Meeting.TYPE);
            line.put("id", NodeId.of(Meeting.TYPE, m.id));
            line.put("datasetKey", m.datasetKey);
            line.put("title", m.title);
            line.put("kind", m.kind == null ? null : m.kind.name());
            line.put("status", m.status == null ? null : m.status.name());
            line.put("statusReason", m.statusReason);
            line.put("location", m.location);
            line.put("summary", m.summary);
            line.put("date", date(m.date));
            retraction(line, m);
            List<Map<String, Object>> participants = new ArrayList<>();
            for (Attendance a : batch.participants(m)) {
                Map<String, Object> participant = new LinkedHashMap<>();
                participant.put("id", NodeId.of(Attendance.TYPE, a.id));
                participant.put("role", a.role == null ? null : a.role.name());
                participant.put("person", batch.actors.personLine(a.personId));
                participant.put("onBehalfOf", batch.actors.organizationLine(a.organizationId));
                participant.put("evidence", batch.evidence(a).stream().map(Quote::line).toList());
                participants.add(participant);
            }
            line.put("participants", participants);
            line.put("evidence", batch.evidence(m).stream().map(Quote::line).toList());
            lines.add(line);
        }
        return lines;
    }

    /**
     * A date as the GraphQL type PartialDate gives it: {@code value} at its precision ("2025",
     * "2025-02", "2025-02-27" or "2025-02-28/2025-03-01"), never a made-up day; {@code start} and
     * {@code end} bound the period. Null when the sources give no date.
     */
    static Map<String, Object> date(PartialDate date) {
        if (date == null || date.date == null) {
            return null;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("value", date.text());
        line.put("precision", date.precision.name());
        line.put("basis", date.basis.name());
        line.put("inferred", date.basis.isInferred());
        line.put("note", date.note);
        line.put("start", date.date.toString());
        line.put("end", date.end.toString());
        return line;
    }

    /** {@code retracted} on every line; when true (only with includeRetracted=true) also when and why. */
    static void retraction(Map<String, Object> line, Fact fact) {
        line.put("retracted", fact.isRetracted());
        if (fact.isRetracted()) {
            line.put("retractedAt", fact.retractedAt.toString()); // UTC, as the GraphQL field
            line.put("retractionReason", fact.retractionReason);
        }
    }
}
