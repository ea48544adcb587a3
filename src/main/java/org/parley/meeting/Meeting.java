package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.parley.core.DatasetRecord;
import org.parley.core.PartialDate;

/** A diplomatic meeting: held, planned or called off (PLOVER: CONSULT event). */
@Entity
public class Meeting extends DatasetRecord {

    public String title;

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** Null when the sources give no date at all (e.g. an accepted invitation). */
    @Embedded
    public PartialDate date;

    public String location;
    public String summary;

    /** Set when a curator retracted the meeting; retracted meetings are hidden from lists by default. */
    @Column(name = "retracted_at")
    public java.time.LocalDateTime retractedAt;

    @Column(name = "retraction_reason")
    public String retractionReason;
}
