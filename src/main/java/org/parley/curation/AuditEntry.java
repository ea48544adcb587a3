package org.parley.curation;

import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One revision of a record: a change made through the API or by a dataset load. Who (a JWT
 * subject, or {@code dataset:<file>}), what, to which record, when, why, and the fields it
 * changed with their values before and after ({@link AuditFieldChange}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends Row {

    /** The GraphQL type name inside its global ID. */
    public static final String TYPE = "AuditEntry";

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

    /** API or DATASET. */
    public String origin = API;

    /** Why: the mutation's name, "dataset reload", or a retraction's reason. */
    public String reason;

    public static final String API = "API";
    public static final String DATASET = "DATASET";

    /** The reason of the revision by which a dataset load created a record. */
    public static final String DATASET_LOAD = "dataset load";

    public static List<AuditEntry> forSubject(String type, Long id) {
        return list("subjectType = ?1 and subjectId = ?2 order by id", type, id);
    }
}
