package org.parley.curation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
        return ofAll(List.of(fact), type, fields, blank, at).get(fact.id);
    }

    /**
     * Each fact as it stood at {@code at} ({@link #of}), by id; a fact that did not exist yet has
     * no entry. Two statements for all of them: their revisions, and the field changes made after
     * {@code at}.
     */
    public static <E extends Fact> Map<Long, E> ofAll(Collection<E> facts, String type, Fields<E> fields, Supplier<E> blank,
            LocalDateTime at) {
        Map<Long, E> then = new HashMap<>();
        if (facts.isEmpty()) {
            return then;
        }
        Map<Long, List<AuditEntry>> revisionsOf = new HashMap<>();
        AuditEntry.<AuditEntry>list("subjectType = ?1 and subjectId in ?2 order by id desc", type,
                facts.stream().map(f -> f.id).toList())
                .forEach(r -> revisionsOf.computeIfAbsent(r.subjectId, id -> new ArrayList<>()).add(r));
        Map<Long, Long> subjectOf = new HashMap<>();
        revisionsOf.values().forEach(rs -> rs.stream().filter(r -> r.changedAt.isAfter(at)).forEach(r -> subjectOf.put(r.id, r.subjectId)));
        Map<Long, List<AuditFieldChange>> changesOf = new HashMap<>();
        if (!subjectOf.isEmpty()) {
            // oldest entry first, as ofEntries answers
            AuditFieldChange.ofEntries(subjectOf.keySet())
                    .forEach(c -> changesOf.computeIfAbsent(subjectOf.get(c.entryId), id -> new ArrayList<>()).add(c));
        }
        for (E fact : facts) {
            E copy = rebuild(fact, revisionsOf.getOrDefault(fact.id, List.of()), changesOf.getOrDefault(fact.id, List.of()),
                    fields, blank, at);
            if (copy != null) {
                then.put(fact.id, copy);
            }
        }
        return then;
    }

    /** One fact as it stood: {@code revisions} newest first, {@code later} the field changes after {@code at}, oldest first. */
    private static <E extends Fact> E rebuild(E fact, List<AuditEntry> revisions, List<AuditFieldChange> later,
            Fields<E> fields, Supplier<E> blank, LocalDateTime at) {
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
        // undo newest first
        for (int i = later.size() - 1; i >= 0; i--) {
            AuditFieldChange change = later.get(i);
            if (Fact.RETRACTED.equals(change.field)) {
                copy.retractionReason = change.before;
            } else {
                fields.set(change.field, copy, change.before);
            }
        }
        if (fact.retractedAt != null) {
            // Retracted now: a retraction is never undone by a curator, so it stood then if it was made by then.
            boolean stood = !fact.retractedAt.isAfter(at);
            copy.retractedAt = stood ? fact.retractedAt : null;
            copy.retractionReason = stood ? fact.retractionReason : null;
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
