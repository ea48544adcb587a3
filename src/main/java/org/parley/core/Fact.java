package org.parley.core;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * A fact a curator can retract: it keeps its row and ID (so links and the audit trail stay
 * whole) but every read leaves it out unless the client asks with {@code includeRetracted}.
 * The one retraction mechanism of Parley: meetings, offices and positions extend this.
 */
@MappedSuperclass
public abstract class Fact extends DatasetRecord {

    /** The name under which revisions record a retraction (its reason as the new value). */
    public static final String RETRACTED = "retracted";

    /** Set when a curator retracted the fact, UTC. */
    @Column(name = "retracted_at")
    public LocalDateTime retractedAt;

    @Column(name = "retraction_reason")
    public String retractionReason;

    public boolean isRetracted() {
        return retractedAt != null;
    }

    /** Marks the fact retracted; retracting twice is a conflict, not a silent overwrite of the first reason. */
    public void retract(String reason, LocalDateTime at) {
        if (isRetracted()) {
            throw ParleyException.conflict("It was retracted already, on " + retractedAt + ": " + retractionReason);
        }
        retractedAt = at;
        retractionReason = reason;
    }

    /** HQL subquery of the ids of the standing (not retracted) facts of {@code entity}, e.g. for {@code x.meetingId in ...}. */
    public static String standingIds(String entity) {
        return "(select s.id from " + entity + " s where s.retractedAt is null)";
    }

    /** HQL condition that keeps only standing facts of alias {@code a}, or nothing when retracted ones are wanted too. */
    public static String standing(String alias, boolean includeRetracted) {
        return includeRetracted ? "" : " and " + alias + ".retractedAt is null";
    }
}
