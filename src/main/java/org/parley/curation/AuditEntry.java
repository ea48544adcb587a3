package org.parley.curation;

import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/** One change made through the API: who, what, to which record, when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends Row {

    /** The JWT subject of the curator. */
    public String actor;

    /** The mutation, e.g. "recordPosition". */
    public String action;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public Long subjectId;

    public String detail;

    @Column(name = "changed_at")
    public LocalDateTime changedAt;

    /** Newest first: entries with an id below {@code beforeId}, at most {@code limit}. */
    public static List<AuditEntry> newestBefore(long beforeId, int limit) {
        return find("id < ?1 order by id desc", beforeId).range(0, limit - 1).list();
    }

    public static List<AuditEntry> forSubject(String type, Long id) {
        return list("subjectType = ?1 and subjectId = ?2 order by id", type, id);
    }
}
