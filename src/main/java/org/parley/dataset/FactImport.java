package org.parley.dataset;

import static org.parley.dataset.RecordCheck.enumValue;
import static org.parley.dataset.RecordCheck.ref;
import static org.parley.dataset.RecordCheck.required;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.dataset.DatasetDocument.AddresseeRecord;
import org.parley.dataset.DatasetDocument.MeetingRecord;
import org.parley.dataset.DatasetDocument.ParticipantRecord;
import org.parley.dataset.DatasetDocument.PositionRecord;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ParticipantRole;
import org.parley.position.Attribution;
import org.parley.position.CommitmentStatus;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.source.Evidence;

/** The meetings and positions part of a {@link DatasetImport}. */
class FactImport {

    private final DatasetImport run;
    private final Map<String, Meeting> meetings = new HashMap<>();

    FactImport(DatasetImport run) {
        this.run = run;
    }

    void run() {
        importMeetings();
        importPositions();
    }

    private void importMeetings() {
        List<MeetingRecord> records = run.document.meetings();
        Map<String, Meeting> existing = DatasetImport.byKey(() -> Meeting.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            MeetingRecord r = records.get(i);
            Where where = run.document.where("meetings", i, r.key());
            Meeting m = DatasetImport.upsert(existing, r.key(), where, Meeting::new);
            m.title = required(r.title(), where, "title");
            m.kind = enumValue(MeetingKind.class, r.kind(), where, "kind");
            m.status = enumValue(MeetingStatus.class, r.status(), where, "status");
            m.statusReason = r.statusReason();
            m.date = r.date() == null ? null : RecordCheck.partialDate(r.date(), where.at(".date"));
            m.location = r.location();
            m.summary = r.summary();
            m.persist();
            meetings.put(r.key(), m);
            run.evidence.replace(Evidence.Subject.MEETING, m.id, r.evidence(), where);
            Attendance.delete("meetingId", m.id);
            List<ParticipantRecord> participants = r.participants() == null ? List.of() : r.participants();
            for (int p = 0; p < participants.size(); p++) {
                attend(m, participants.get(p), where.at(".participants[" + p + "]"));
            }
        }
        run.removeVanished(existing);
    }

    private void attend(Meeting meeting, ParticipantRecord r, Where where) {
        Attendance a = new Attendance();
        a.meetingId = meeting.id;
        a.personId = r.person() == null ? null : ref(run.people, r.person(), where, "person").id;
        a.organizationId = r.organization() == null ? null
                : ref(run.organizations, r.organization(), where, "organization").id;
        if (a.personId == null && a.organizationId == null) {
            throw new DatasetException(where + ": a participant needs a person or an organization");
        }
        a.role = enumValue(ParticipantRole.class, r.role(), where, "role");
        a.persist();
        run.evidence.replace(Evidence.Subject.ATTENDANCE, a.id, r.evidence(), where);
    }

    private void importPositions() {
        List<PositionRecord> records = run.document.positions();
        Map<String, Position> existing = DatasetImport.byKey(() -> Position.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            PositionRecord r = records.get(i);
            Where where = run.document.where("positions", i, r.key());
            Position p = DatasetImport.upsert(existing, r.key(), where, Position::new);
            p.holderId = r.holder() == null ? null : ref(run.people, r.holder(), where, "holder").id;
            p.organizationId = r.onBehalfOf() == null ? null
                    : ref(run.organizations, r.onBehalfOf(), where, "onBehalfOf").id;
            if (p.holderId == null && p.organizationId == null) {
                throw new DatasetException(where + ": a position needs a holder or onBehalfOf");
            }
            p.attributedTo = r.attributedTo();
            p.kind = enumValue(PositionKind.class, r.kind(), where, "kind");
            p.topicId = r.topic() == null ? null : ref(run.topics, r.topic(), where, "topic").id;
            addressee(p, r.addressee(), where);
            p.condition = r.condition();
            p.summary = required(r.summary(), where, "summary");
            if (r.date() == null) {
                throw new DatasetException(where + ": date is required");
            }
            p.date = RecordCheck.partialDate(r.date(), where.at(".date"));
            p.meetingId = r.meeting() == null ? null : ref(meetings, r.meeting(), where, "meeting").id;
            p.reactsToMeetingId = r.reactsTo() == null ? null : ref(meetings, r.reactsTo(), where, "reactsTo").id;
            if (p.reactsToMeetingId != null && p.reactsToMeetingId.equals(p.meetingId)) {
                throw new DatasetException(where + ": a position reacts to a meeting it was not taken at"
                        + " (meeting and reactsTo are both '" + r.meeting() + "')");
            }
            p.attribution = enumValue(Attribution.class, r.attribution(), where, "attribution");
            p.status = commitmentStatus(p.kind, r.status(), where);
            p.persist();
            run.evidence.replace(Evidence.Subject.POSITION, p.id, r.evidence(), where);
        }
        run.removeVanished(existing);
    }

    private void addressee(Position p, AddresseeRecord r, Where where) {
        p.addresseePersonId = null;
        p.addresseeOrganizationId = null;
        if (r == null) {
            return;
        }
        if ((r.person() == null) == (r.organization() == null)) {
            throw new DatasetException(where + ": addressee names exactly one of person or organization");
        }
        if (r.person() != null) {
            p.addresseePersonId = ref(run.people, r.person(), where, "addressee person").id;
        } else {
            p.addresseeOrganizationId = ref(run.organizations, r.organization(), where, "addressee organization").id;
        }
    }

    private static CommitmentStatus commitmentStatus(PositionKind kind, String status, Where where) {
        if (kind == PositionKind.COMMITMENT) {
            return enumValue(CommitmentStatus.class, status, where, "status");
        }
        if (status != null) {
            throw new DatasetException(where + ": only a COMMITMENT has a status");
        }
        return null;
    }
}
