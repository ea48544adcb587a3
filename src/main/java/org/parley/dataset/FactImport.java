package org.parley.dataset;

import static org.parley.dataset.RecordCheck.enumValue;
import static org.parley.dataset.RecordCheck.ref;
import static org.parley.dataset.RecordCheck.required;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.Fields;
import org.parley.person.Organization;
import org.parley.person.Person;
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
            Meeting file = new Meeting();
            file.title = required(r.title(), where, "title");
            file.kind = enumValue(MeetingKind.class, r.kind(), where, "kind");
            file.status = enumValue(MeetingStatus.class, r.status(), where, "status");
            file.statusReason = r.statusReason();
            file.date = r.date() == null ? null : RecordCheck.partialDate(r.date(), where.at(".date"));
            file.location = r.location();
            file.summary = r.summary();
            Changeset.Record merge = run.changes.record(Meeting.TYPE, r.key(), where.file(), m.id);
            merge.fields(Meeting.FIELDS, m, file);
            merge.reinstate(m);
            m.persist();
            merge.persisted(m.id);
            meetings.put(r.key(), m);
            run.evidence.merge(merge, Evidence.Subject.MEETING, m.id, r.evidence(), where);
            participants(merge, m, r.participants() == null ? List.of() : r.participants(), where);
            merge.finish();
        }
        run.vanished(Meeting.TYPE, existing);
    }

    /**
     * Merges the participants as a collection whose element is a participant with its role and
     * quotes: one added through the API is never removed by a load.
     */
    private void participants(Changeset.Record merge, Meeting meeting, List<ParticipantRecord> records, Where where) {
        Map<String, ParticipantRecord> file = new LinkedHashMap<>();
        Map<String, Where> places = new HashMap<>();
        for (int p = 0; p < records.size(); p++) {
            ParticipantRecord r = records.get(p);
            Where at = where.at(".participants[" + p + "]");
            Attendance a = attendance(meeting, r, at);
            String element = participant(a.personId, a.organizationId, a.role,
                    run.evidence.locate(r.evidence(), at).keySet());
            file.put(element, r);
            places.put(element, at);
        }
        Map<String, Attendance> current = new LinkedHashMap<>();
        if (!merge.created()) {
            for (Attendance a : Attendance.<Attendance>list("meetingId", meeting.id)) {
                current.put(participant(a.personId, a.organizationId, a.role,
                        EvidenceWriter.current(Evidence.Subject.ATTENDANCE, a.id)), a);
            }
        }
        merge.set("participants", file.keySet(), current.keySet(), element -> {
            Attendance a = attendance(meeting, file.get(element), places.get(element));
            a.persist();
            run.evidence.locate(file.get(element).evidence(), places.get(element)).values()
                    .forEach(l -> run.evidence.write(Evidence.Subject.ATTENDANCE, a.id, l));
        }, element -> {
            Attendance a = current.get(element);
            Evidence.deleteForSubject(Evidence.Subject.ATTENDANCE, a.id);
            a.remove();
        });
    }

    /** A participant as an element: who, in which role, on which quotes (global IDs and offsets). */
    private static String participant(Long personId, Long organizationId, ParticipantRole role, Set<String> evidence) {
        return Fields.ref(Person.TYPE, personId) + " " + Fields.ref(Organization.TYPE, organizationId) + " " + role
                + " " + String.join(",", new TreeSet<>(evidence));
    }

    /** The file's participant as a new, not yet persisted attendance. */
    private Attendance attendance(Meeting meeting, ParticipantRecord r, Where where) {
        Attendance a = new Attendance();
        a.meetingId = meeting.id;
        a.personId = r.person() == null ? null : ref(run.people, r.person(), where, "person").id;
        a.organizationId = r.organization() == null ? null
                : ref(run.organizations, r.organization(), where, "organization").id;
        if (a.personId == null && a.organizationId == null) {
            throw new DatasetException(where + ": a participant needs a person or an organization");
        }
        a.role = enumValue(ParticipantRole.class, r.role(), where, "role");
        return a;
    }

    private void importPositions() {
        List<PositionRecord> records = run.document.positions();
        Map<String, Position> existing = DatasetImport.byKey(() -> Position.listAll(), records.size());
        for (int i = 0; i < records.size(); i++) {
            PositionRecord r = records.get(i);
            Where where = run.document.where("positions", i, r.key());
            Position p = DatasetImport.upsert(existing, r.key(), where, Position::new);
            Position file = new Position();
            file.holderId = r.holder() == null ? null : ref(run.people, r.holder(), where, "holder").id;
            file.organizationId = r.onBehalfOf() == null ? null
                    : ref(run.organizations, r.onBehalfOf(), where, "onBehalfOf").id;
            if (file.holderId == null && file.organizationId == null) {
                throw new DatasetException(where + ": a position needs a holder or onBehalfOf");
            }
            file.attributedTo = r.attributedTo();
            file.kind = enumValue(PositionKind.class, r.kind(), where, "kind");
            file.topicId = r.topic() == null ? null : ref(run.topics, r.topic(), where, "topic").id;
            addressee(file, r.addressee(), where);
            file.condition = r.condition();
            file.summary = required(r.summary(), where, "summary");
            if (r.date() == null) {
                throw new DatasetException(where + ": date is required");
            }
            file.date = RecordCheck.partialDate(r.date(), where.at(".date"));
            file.meetingId = r.meeting() == null ? null : ref(meetings, r.meeting(), where, "meeting").id;
            file.reactsToMeetingId = r.reactsTo() == null ? null : ref(meetings, r.reactsTo(), where, "reactsTo").id;
            if (file.reactsToMeetingId != null && file.reactsToMeetingId.equals(file.meetingId)) {
                throw new DatasetException(where + ": a position reacts to a meeting it was not taken at"
                        + " (meeting and reactsTo are both '" + r.meeting() + "')");
            }
            file.attribution = enumValue(Attribution.class, r.attribution(), where, "attribution");
            file.status = commitmentStatus(file.kind, r.status(), where);
            Changeset.Record merge = run.changes.record(Position.TYPE, r.key(), where.file(), p.id);
            merge.fields(Position.FIELDS, p, file);
            merge.reinstate(p);
            p.persist();
            merge.persisted(p.id);
            run.evidence.merge(merge, Evidence.Subject.POSITION, p.id, r.evidence(), where);
            merge.finish();
        }
        run.vanished(Position.TYPE, existing);
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
