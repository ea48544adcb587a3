package org.parley.position;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.parley.core.DatasetRecord;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

/** A position someone takes: a commitment, demand, refusal, threat, stance ... */
@Entity
public class Position extends DatasetRecord {

    /** The person who took it; null when the sources name only an organization or group. */
    @Column(name = "holder_id")
    public Long holderId;

    /** On behalf of which organization. */
    @Column(name = "organization_id")
    public Long organizationId;

    /** Free-text speaker when no person is named ("a spokesperson of the US administration"). */
    @Column(name = "attributed_to")
    public String attributedTo;

    @Enumerated(EnumType.STRING)
    public PositionKind kind;

    @Column(name = "topic_id")
    public Long topicId;

    @Column(name = "addressee_person_id")
    public Long addresseePersonId;

    @Column(name = "addressee_organization_id")
    public Long addresseeOrganizationId;

    @Column(name = "condition_text")
    public String condition;

    public String summary;

    @Embedded
    public PartialDate date;

    @Column(name = "meeting_id")
    public Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_status")
    public CommitmentStatus status;

    /** Set when a curator retracted the position; retracted positions are hidden from lists by default. */
    @Column(name = "retracted_at")
    public LocalDateTime retractedAt;

    @Column(name = "retraction_reason")
    public String retractionReason;

    /** A person's positions of one kind known to the day, on that day. */
    public static List<Position> byHolderOn(Long holderId, PositionKind kind, LocalDate day) {
        return list("holderId = ?1 and kind = ?2 and date.date = ?3 and date.precision = ?4 and retractedAt is null order by id",
                holderId, kind, day, DatePrecision.DAY);
    }
}
