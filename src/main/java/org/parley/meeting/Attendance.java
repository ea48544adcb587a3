package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.parley.core.InList;
import org.parley.core.Row;

/** One participant of a meeting: a person, or a delegation known only by its organization. */
@Entity
public class Attendance extends Row {

    /** The GraphQL type name inside its global ID. */
    public static final String TYPE = "Participant";

    @Column(name = "meeting_id")
    public Long meetingId;

    @Column(name = "person_id")
    public Long personId;

    /** On behalf of which organization the participant attends. */
    @Column(name = "organization_id")
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    /** When it was added, UTC; null for participants older than this column (there all along). */
    @Column(name = "added_at")
    public LocalDateTime addedAt;

    @PrePersist
    void stampAdded() {
        if (addedAt == null) {
            addedAt = LocalDateTime.now(ZoneOffset.UTC);
        }
    }

    /** Takes this participant off its meeting, keeping it for reads of the past (see {@link #ofMeetingsAsOf}). */
    public void remove() {
        RemovedAttendance.keep(this, LocalDateTime.now(ZoneOffset.UTC));
        delete();
    }

    /** Takes the participants that {@code query} (Panache, with {@code params}) names off their meetings; how many. */
    public static long removeWhere(String query, Object... params) {
        List<Attendance> gone = list(query, params);
        gone.forEach(Attendance::remove);
        return gone.size();
    }

    /**
     * The participants of these meetings as they stood at {@code at}: those added by then and not
     * removed by then, in id order (the order of {@link #ofMeetings}).
     */
    public static List<Attendance> ofMeetingsAsOf(Collection<Long> meetingIds, LocalDateTime at) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        List<Attendance> then = new ArrayList<>(Attendance.<Attendance>list(
                "meetingId in ?1 and (addedAt is null or addedAt <= ?2)", meetingIds, at));
        RemovedAttendance.<RemovedAttendance>list("meetingId in ?1 and (addedAt is null or addedAt <= ?2) and removedAt > ?2",
                meetingIds, at).forEach(r -> then.add(r.asAttendance()));
        then.sort(Comparator.comparing(a -> a.id));
        return then;
    }

    public static List<Attendance> ofMeetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("meetings", meetingIds);
        return list("meetingId in " + in.hql() + " order by id", in.params());
    }

    /** The participants of these meetings with their person joined: rows of [attendance, person or null]. */
    public static List<Object[]> ofMeetingsWithPeople(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("meetings", meetingIds);
        return org.parley.core.Hql.rows("select a, pe from Attendance a left join Person pe on pe.id = a.personId"
                + " where a.meetingId in " + in.hql() + " order by a.id", in.params());
    }
}
