package org.parley.meeting;

import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collection;
import java.util.List;

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

    public static List<Attendance> ofMeetings(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of() : list("meetingId in ?1 order by id", meetingIds);
    }

    /** The participants of these meetings with their person joined: rows of [attendance, person or null]. */
    public static List<Object[]> ofMeetingsWithPeople(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of() : org.parley.core.Hql.rows("""
                select a, pe from Attendance a left join Person pe on pe.id = a.personId
                where a.meetingId in :ids order by a.id""", java.util.Map.of("ids", meetingIds));
    }
}
