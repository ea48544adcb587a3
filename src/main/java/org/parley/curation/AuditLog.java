package org.parley.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.parley.core.Fields;

/**
 * The revision log: every change, by a mutation or by a dataset load, written inside the
 * caller's transaction, so a rolled-back change leaves none.
 */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_DETAIL = 4000;
    private static final int MAX_VALUE = 20000;
    private static final int MAX_REASON = 2000;

    @Inject
    Curator curator;

    /** A mutation that changed no field revisions record (an article, a link): its name is the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subjectType, Long subjectId, String detail) {
        revision(action, action, subjectType, subjectId, detail, Map.of(), Map.of());
    }

    /**
     * A mutation, with the fields it changed: {@code before} and {@code after} are snapshots
     * ({@link Fields#snapshot}); only the fields whose text differs are written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revision(String action, String reason, String subjectType, Long subjectId, String detail,
            Map<String, String> before, Map<String, String> after) {
        // The change goes to the database first: its constraints and version bump are settled
        // before the entry is written and before the payload reads the new version.
        AuditEntry.getEntityManager().flush();
        AuditEntry entry = write(curator.name(), AuditEntry.API, action, reason, subjectType, subjectId, detail,
                Fields.diff(before, after));
        // Every mutation records its entry last: writing the transaction's changes now makes a
        // unique constraint that a concurrent request won fail inside the service call, where it
        // becomes CONFLICT, instead of at commit, where the transaction manager logs a stack trace.
        AuditEntry.getEntityManager().flush();
    }

    /** A change a dataset load made, by {@code dataset:<file>}; nothing when no field changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dataset(String file, String action, String reason, String subjectType, Long subjectId,
            Map<String, String[]> changes) {
        if (!changes.isEmpty()) {
            write("dataset:" + file, AuditEntry.DATASET, action, reason, subjectType, subjectId, null, changes);
        }
    }

    private static AuditEntry write(String actor, String origin, String action, String reason, String subjectType,
            Long subjectId, String detail, Map<String, String[]> changes) {
        AuditEntry entry = new AuditEntry();
        entry.actor = actor;
        entry.origin = origin;
        entry.action = action;
        entry.reason = cut(reason, MAX_REASON);
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.detail = cut(detail, MAX_DETAIL);
        entry.changedAt = LocalDateTime.now(ZoneOffset.UTC);
        entry.persist();
        changes.forEach((field, values) -> {
            AuditFieldChange change = new AuditFieldChange();
            change.entryId = entry.id;
            change.field = field;
            change.before = cut(values[0], MAX_VALUE);
            change.after = cut(values[1], MAX_VALUE);
            change.persist();
        });
        return entry;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
