package org.parley.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.util.Collection;
import java.util.List;

/** One participant of a meeting: a person, or a delegation known only by its organization. */
@Entity
public class Attendance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parley_seq")
    @SequenceGenerator(name = "parley_seq", sequenceName = "parley_seq", allocationSize = 50)
    public Long id;

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
}
