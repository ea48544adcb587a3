package org.parley.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Writes audit entries inside the caller's transaction, so a rolled-back change leaves none. */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_DETAIL = 4000;

    @Inject
    Curator curator;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subjectType, Long subjectId, String detail) {
        // The change goes to the database first: its constraints and version bump are settled
        // before the entry is written and before the payload reads the new version.
        AuditEntry.getEntityManager().flush();
        AuditEntry entry = new AuditEntry();
        entry.actor = curator.name();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        entry.changedAt = LocalDateTime.now(ZoneOffset.UTC);
        // Every mutation records its entry last: writing the transaction's changes now makes a
        // unique constraint that a concurrent request won fail inside the service call, where it
        // becomes CONFLICT, instead of at commit, where the transaction manager logs a stack trace.
        entry.persistAndFlush();
    }
}
