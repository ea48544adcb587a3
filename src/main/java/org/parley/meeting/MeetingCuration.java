package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.parley.curation.AuditLog;
import org.parley.core.ErrorCode;
import org.parley.core.InputCheck;
import org.parley.core.NodeId;
import org.parley.core.ParleyException;
import org.parley.core.Row;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.source.Evidence;
import org.parley.source.Quotes;
import org.parley.core.PartialDate;

/** Creates and changes meetings and their participants; each method is one transaction. */
@ApplicationScoped
public class MeetingCuration {

    @Inject
    AuditLog audit;

    @Inject
    org.parley.core.ChangePublisher changes;

    @Inject
    InputCheck checks;

    @Inject
    Quotes quotes;

    @Transactional
    public Meeting create(CreateMeetingInput input) {
        checks.valid(input, "input");
        Meeting m = new Meeting();
        m.title = input.title;
        m.kind = input.kind;
        m.status = input.status;
        m.statusReason = blankToNull(input.statusReason);
        requireReason(m.status, m.statusReason, "statusReason");
        m.date = PartialDate.of(input.date, "date");
        m.location = input.location;
        m.summary = input.summary;
        m.persist();
        quotes.attach(Evidence.Subject.MEETING, m.id, input.evidence, "evidence");
        audit.revision("createMeeting", "createMeeting", Meeting.TYPE, m.id, m.title, Map.of(), Meeting.FIELDS.snapshot(m));
        changes.publish(org.parley.core.ChangeKind.MEETING_CHANGED, Meeting.TYPE, m.id);
        return m;
    }

    @Transactional
    public Meeting update(UpdateMeetingInput input) {
        checks.valid(input, "input");
        Meeting m = find(input.id, "id", input.version);
        Map<String, String> before = Meeting.FIELDS.snapshot(m);
        if (InputCheck.givenNotBlank(input.title, "title") != null) {
            m.title = input.title;
        }
        if (input.kind != null) {
            m.kind = input.kind;
        }
        if (input.date != null) {
            m.date = PartialDate.of(input.date, "date");
        }
        if (input.location != null) {
            m.location = input.location;
        }
        if (input.summary != null) {
            m.summary = input.summary;
        }
        audit.revision("updateMeeting", "updateMeeting", Meeting.TYPE, m.id, m.title, before, Meeting.FIELDS.snapshot(m));
        changes.publish(org.parley.core.ChangeKind.MEETING_CHANGED, Meeting.TYPE, m.id);
        return m;
    }

    @Transactional
    public Meeting changeStatus(ChangeMeetingStatusInput input) {
        checks.valid(input, "input");
        Meeting m = find(input.meeting, "meeting", input.version);
        if (m.retractedAt != null) {
            throw ParleyException.badField("meeting", "The meeting was retracted");
        }
        if (input.status == m.status) {
            throw ParleyException.badField("status", "The meeting is " + m.status + " already");
        }
        String reason = blankToNull(input.reason);
        requireReason(input.status, reason, "reason");
        MeetingStatus from = m.status;
        Map<String, String> before = Meeting.FIELDS.snapshot(m);
        m.status = input.status;
        m.statusReason = reason;
        quotes.attach(Evidence.Subject.MEETING, m.id, input.evidence, "evidence");
        audit.revision("changeMeetingStatus", "changeMeetingStatus", Meeting.TYPE, m.id, from + " -> " + m.status
                + (reason == null ? "" : ": " + reason), before, Meeting.FIELDS.snapshot(m));
        changes.publish(org.parley.core.ChangeKind.MEETING_CHANGED, Meeting.TYPE, m.id);
        return m;
    }

    @Transactional
    public Meeting addParticipant(AddParticipantInput input) {
        checks.valid(input, "input");
        Meeting m = find(input.meeting, "meeting", input.version);
        if (input.person == null && input.organization == null) {
            throw ParleyException.badField("person", "A participant needs a 'person' or an 'organization'");
        }
        Attendance a = new Attendance();
        a.meetingId = m.id;
        a.role = input.role;
        if (input.person != null) {
            Person p = Row.require(Person.class, Person.TYPE, input.person, "person");
            a.personId = p.id;
            if (Attendance.count("meetingId = ?1 and personId = ?2", m.id, p.id) > 0) {
                throw ParleyException.conflict(p.name + " takes part in this meeting already");
            }
        }
        if (input.organization != null) {
            Organization o = Row.require(Organization.class, Organization.TYPE, input.organization, "organization");
            a.organizationId = o.id;
            if (a.personId == null && Attendance.count("meetingId = ?1 and personId is null and organizationId = ?2",
                    m.id, o.id) > 0) {
                throw ParleyException.conflict("A delegation of " + o.name + " takes part in this meeting already");
            }
        }
        a.persist();
        quotes.attach(Evidence.Subject.ATTENDANCE, a.id, input.evidence, "evidence");
        Meeting.getEntityManager().lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String who = input.role + " " + (input.person != null ? input.person : input.organization);
        audit.revision("addParticipant", "addParticipant", Meeting.TYPE, m.id, who, Map.of(), Map.of("participant", who));
        changes.publish(org.parley.core.ChangeKind.MEETING_CHANGED, Meeting.TYPE, m.id);
        return m;
    }

    @Transactional
    public Meeting removeParticipant(RemoveParticipantInput input) {
        checks.valid(input, "input");
        Meeting m = find(input.meeting, "meeting", input.version);
        NodeId who = NodeId.parse(input.participant, "participant");
        long removed;
        if (who.type().equals(Person.TYPE)) {
            removed = Attendance.removeWhere("meetingId = ?1 and personId = ?2", m.id, who.id());
        } else if (who.type().equals(Organization.TYPE)) {
            removed = Attendance.removeWhere("meetingId = ?1 and personId is null and organizationId = ?2", m.id, who.id());
        } else {
            throw ParleyException.badField("participant", "'participant' must be the ID of a Person or an Organization");
        }
        if (removed == 0) {
            throw new ParleyException(ErrorCode.NOT_FOUND, "They do not take part in this meeting",
                    Map.of("field", "participant"));
        }
        Meeting.getEntityManager().lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.revision("removeParticipant", "removeParticipant", Meeting.TYPE, m.id, input.participant,
                Map.of("participant", input.participant), Map.of());
        changes.publish(org.parley.core.ChangeKind.MEETING_CHANGED, Meeting.TYPE, m.id);
        return m;
    }

    private static Meeting find(String globalId, String field, Integer version) {
        Meeting m = Row.require(Meeting.class, Meeting.TYPE, globalId, field);
        ParleyException.requireVersion("meeting", m.version, version);
        return m;
    }

    private static void requireReason(MeetingStatus status, String reason, String field) {
        if (status == MeetingStatus.CANCELLED && reason == null) {
            throw ParleyException.badField(field, "A cancellation needs a reason");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
