package org.parley.curation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.core.Fact;
import org.parley.core.Fields;

/**
 * A fact as it stood at a past time, rebuilt from the revision log: the revisions made after that
 * time are undone, newest first, on a detached copy. What revisions record is rebuilt — the
 * fact's existence, its retraction and its {@link Fields}; collections (participants, evidence)
 * and the records it refers to are read as they are now.
 */
public final class AsOf {

    /** Revisions that create a fact: its first one, when the revision log knows it. */
    static final List<String> CREATIONS = List.of("createMeeting", "recordPosition", "createOffice");

    /** HQL: revision {@code c} created its fact (parameter {@code :creations} is {@link #CREATIONS}). */
    static final String CREATION = "(c.action in :creations or c.reason = '" + AuditEntry.DATASET_LOAD + "')";

    private AsOf() {
    }

    /**
     * The fact as it stood at {@code at}, a copy never written back; null when it did not exist
     * yet. A fact created before revisions were kept counts as existing all along.
     */
    public static <E extends Fact> E of(E fact, String type, Fields<E> fields, Supplier<E> blank, LocalDateTime at) {
        List<AuditEntry> revisions = AuditEntry.list("subjectType = ?1 and subjectId = ?2 order by id desc", type, fact.id);
        if (!revisions.isEmpty()) {
            AuditEntry first = revisions.get(revisions.size() - 1);
            boolean creation = CREATIONS.contains(first.action) || AuditEntry.DATASET_LOAD.equals(first.reason);
            if (creation && first.changedAt.isAfter(at)) {
                return null;
            }
        }
        E copy = blank.get();
        fields.names().forEach(name -> fields.copy(name, copy, fact));
        copy.id = fact.id;
        copy.datasetKey = fact.datasetKey;
        copy.version = fact.version;
        copy.retractedAt = fact.retractedAt;
        copy.retractionReason = fact.retractionReason;
        List<AuditEntry> later = revisions.stream().filter(r -> r.changedAt.isAfter(at)).toList();
        if (!later.isEmpty()) {
            List<AuditFieldChange> changes = AuditFieldChange.ofEntries(later.stream().map(r -> r.id).toList());
            // ofEntries answers oldest entry first; undo newest first
            for (int i = changes.size() - 1; i >= 0; i--) {
                AuditFieldChange change = changes.get(i);
                if (Fact.RETRACTED.equals(change.field)) {
                    copy.retractionReason = change.before;
                } else {
                    fields.set(change.field, copy, change.before);
                }
            }
        }
        if (fact.retractedAt != null) {
            // Retracted now: a retraction is never undone by a curator, so it stood then if it was made by then.
            boolean then = !fact.retractedAt.isAfter(at);
            copy.retractedAt = then ? fact.retractedAt : null;
            copy.retractionReason = then ? fact.retractionReason : null;
        } else if (copy.retractionReason != null) {
            // Standing now, but a later load put it back: it stood retracted then.
            copy.retractedAt = retractedAt(revisions, at);
        }
        return copy;
    }

    /**
     * HQL condition keeping only the facts of alias {@code a} that existed at {@code at} (none
     * created after it); nothing when {@code at} is null.
     */
    public static String existed(String a, String type, LocalDateTime at, Map<String, Object> params) {
        if (at == null) {
            return "";
        }
        params.put("asOfType", type);
        params.put("asOf", at);
        params.put("creations", CREATIONS);
        return " and not exists (select 1 from AuditEntry c where c.subjectType = :asOfType and c.subjectId = " + a
                + ".id and c.changedAt > :asOf and " + CREATION + ")";
    }

    /** When the retraction standing at {@code at} was made: the newest revision by then that retracted it. */
    private static LocalDateTime retractedAt(List<AuditEntry> revisions, LocalDateTime at) {
        for (AuditEntry r : revisions) {
            if (!r.changedAt.isAfter(at) && AuditFieldChange.count("entryId = ?1 and field = ?2 and after is not null", r.id,
                    Fact.RETRACTED) > 0) {
                return r.changedAt;
            }
        }
        return at;
    }
}
