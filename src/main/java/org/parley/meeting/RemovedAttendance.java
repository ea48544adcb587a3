package org.parley.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A participant taken off a meeting, kept with the time it was removed so that the meeting can be
 * read with the participants it had before ({@link Attendance#ofMeetingsAsOf}). Its id is the
 * removed attendance's own.
 */
@Entity
@Table(name = "attendance_removed")
public class RemovedAttendance extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "meeting_id")
    public Long meetingId;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "organization_id")
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    @Column(name = "added_at")
    public LocalDateTime addedAt;

    @Column(name = "removed_at")
    public LocalDateTime removedAt;

    /** Keeps {@code a} as removed at {@code at}. */
    static void keep(Attendance a, LocalDateTime at) {
        RemovedAttendance kept = new RemovedAttendance();
        kept.id = a.id;
        kept.meetingId = a.meetingId;
        kept.personId = a.personId;
        kept.organizationId = a.organizationId;
        kept.role = a.role;
        kept.addedAt = a.addedAt;
        kept.removedAt = at;
        kept.persist();
    }

    /** The participant as it was, a detached copy. */
    Attendance asAttendance() {
        Attendance a = new Attendance();
        a.id = id;
        a.meetingId = meetingId;
        a.personId = personId;
        a.organizationId = organizationId;
        a.role = role;
        a.addedAt = addedAt;
        return a;
    }
}
