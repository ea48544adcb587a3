package org.parley.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;

/**
 * One keyset page of meetings with their participants and evidence (the meeting's own and its
 * participants'), loaded in a fixed number of statements: meetings, participants, then people,
 * organizations and Wikidata items, then evidence with its articles.
 */
final class MeetingBatch {

    final List<Meeting> meetings;
    final Actors actors;
    private final Map<Long, List<Attendance>> participants;
    private final Map<Long, List<Quote>> meetingEvidence;
    private final Map<Long, List<Quote>> participantEvidence;

    private MeetingBatch(List<Meeting> meetings, Map<Long, List<Attendance>> participants, Actors actors,
            List<Quote> evidence) {
        this.meetings = meetings;
        this.participants = participants;
        this.actors = actors;
        this.meetingEvidence = evidence.stream().filter(q -> q.meetingId() != null)
                .collect(Collectors.groupingBy(Quote::meetingId, LinkedHashMap::new, Collectors.toList()));
        this.participantEvidence = evidence.stream().filter(q -> q.attendanceId() != null)
                .collect(Collectors.groupingBy(Quote::attendanceId, LinkedHashMap::new, Collectors.toList()));
    }

    static MeetingBatch after(long after, ExportOptions options, int size) {
        List<Meeting> meetings = Meeting.<Meeting> find("id > ?1" + (options.includeRetracted() ? "" : " and retractedAt is null")
                + " order by id", after).range(0, size - 1).list();
        List<Long> ids = meetings.stream().map(m -> m.id).toList();
        List<Attendance> attendances = Attendance.ofMeetings(ids);
        Set<Long> people = new HashSet<>();
        Set<Long> organizations = new HashSet<>();
        attendances.forEach(a -> {
            PositionBatch.addIfPresent(people, a.personId);
            PositionBatch.addIfPresent(organizations, a.organizationId);
        });
        List<Long> attendanceIds = attendances.stream().map(a -> a.id).toList();
        List<Quote> evidence = ids.isEmpty() ? List.of()
                : Quote.where("e.meetingId in :meetings or e.attendanceId in :participants",
                        Map.of("meetings", ids, "participants", Actors.orNone(attendanceIds)));
        return new MeetingBatch(meetings,
                attendances.stream().collect(Collectors.groupingBy(a -> a.meetingId, LinkedHashMap::new, Collectors.toList())),
                Actors.load(people, organizations), evidence);
    }

    List<Attendance> participants(Meeting m) {
        return participants.getOrDefault(m.id, List.of());
    }

    List<Quote> evidence(Meeting m) {
        return meetingEvidence.getOrDefault(m.id, List.of());
    }

    List<Quote> evidence(Attendance a) {
        return participantEvidence.getOrDefault(a.id, List.of());
    }
}
