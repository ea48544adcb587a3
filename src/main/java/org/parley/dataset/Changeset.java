package org.parley.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.parley.core.Fact;
import org.parley.core.Fields;
import org.parley.curation.AuditEntry;
import org.parley.curation.AuditLog;
import org.parley.curation.DatasetConflict;

/**
 * A dataset load applied as a changeset: a three-way merge, field by field, of what the file says
 * now, what it said at the last load (the base, {@link DatasetBase}) and what the database holds.
 *
 * <ul>
 * <li>file equal to the base: the database keeps its value (an API edit stands);
 * <li>file changed, database still at the base: the file's value is applied, as a DATASET revision;
 * <li>file changed and database changed through the API: a conflict; the curator's value is kept,
 * the conflict recorded ({@link DatasetConflict}) and logged.
 * </ul>
 *
 * Collections (participants, evidence, aliases, identifiers) merge by element: an element the
 * file added is added, one it dropped is removed, one added through the API is never touched.
 */
final class Changeset {

    private static final Logger LOG = Logger.getLogger(Changeset.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    /** The start of the reason of a fact retracted because it left the files. */
    static final String REMOVED = "removed from the dataset file ";

    private final AuditLog audit;
    private final Map<String, DatasetBase> bases = new HashMap<>();
    private final List<DatasetConflict> conflicts = new ArrayList<>();
    /** Conflicts open before this load, by type, record and field: settled ones are removed. */
    private final Map<String, DatasetConflict> open = new HashMap<>();

    Changeset(AuditLog audit) {
        this.audit = audit;
        DatasetBase.<DatasetBase>listAll().forEach(b -> bases.put(b.subjectType + "\u0000" + b.datasetKey, b));
        DatasetConflict.<DatasetConflict>listAll().forEach(c -> open.put(conflictKey(c.subjectType, c.subjectId, c.field), c));
    }

    private static String conflictKey(String type, Long id, String field) {
        return type + "\u0000" + id + "\u0000" + field;
    }

    /** A conflict on this field is settled (the file and the record agree) or superseded by a new one. */
    private void close(String type, Long id, String field) {
        DatasetConflict c = open.remove(conflictKey(type, id, field));
        if (c != null) {
            c.delete();
        }
    }

    /** The merge of one record of the file; {@code existing} is null for a record the database does not have yet. */
    Record record(String type, String key, String file, Long existing) {
        return new Record(type, key, file, existing);
    }

    /** The file a record was last loaded from, for messages about a record that left the files. */
    String fileOf(String type, String key) {
        DatasetBase base = bases.get(type + "\u0000" + key);
        return base == null ? "(unknown file)" : base.file;
    }

    /** Retracts a fact that left the files; a fact a curator retracted already stays as it is. */
    void retractRemoved(String type, Fact fact) {
        if (fact.isRetracted()) {
            return;
        }
        String file = fileOf(type, fact.datasetKey);
        String reason = REMOVED + file + " (key '" + fact.datasetKey + "')";
        fact.retract(reason, LocalDateTime.now(ZoneOffset.UTC));
        audit.dataset(file, "loadDataset", reason, type, fact.id, Map.of(Fact.RETRACTED, new String[] {null, reason}));
    }

    /** Writes the revision of a record deleted because it left the files (nothing refers to it). */
    void deleted(String type, Long id, String key, Map<String, String> last) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        last.forEach((field, value) -> changes.put(field, new String[] {value, null}));
        String file = fileOf(type, key);
        audit.dataset(file, "loadDataset", REMOVED + file, type, id, changes);
        DatasetBase base = bases.remove(type + "\u0000" + key);
        if (base != null) {
            base.delete();
        }
    }

    int conflicts() {
        return conflicts.size();
    }

    /** The merge of one record: call {@link #field} and {@link #set} for each of its parts, then {@link #finish}. */
    final class Record {

        private final String type;
        private final String key;
        private final String file;
        private final boolean created;
        private final Map<String, String> base;
        private final Map<String, String> newBase = new LinkedHashMap<>();
        private final Map<String, String[]> changes = new LinkedHashMap<>();
        private Long id;
        private Boolean touchedThroughApi;

        private Record(String type, String key, String file, Long existing) {
            this.type = type;
            this.key = key;
            this.file = file;
            this.created = existing == null;
            this.id = existing;
            DatasetBase stored = bases.get(type + "\u0000" + key);
            this.base = stored == null ? null : read(stored.fieldValues);
        }

        boolean created() {
            return created;
        }

        /** The id of a record created by this load, once persisted. */
        void persisted(Long id) {
            this.id = id;
        }

        /** Merges every field of {@code fields}: {@code target} is the database's record, {@code fromFile} the file's. */
        <E> void fields(Fields<E> fields, E target, E fromFile) {
            Map<String, String> file = fields.snapshot(fromFile);
            Map<String, String> current = fields.snapshot(target);
            for (String name : fields.names()) {
                field(name, file.get(name), current.get(name), () -> fields.copy(name, target, fromFile));
            }
        }

        /** Merges one field; {@code apply} sets the file's value. */
        void field(String name, String fileValue, String current, Runnable apply) {
            newBase.put(name, fileValue);
            if (created) {
                apply.run();
                if (fileValue != null) {
                    changes.put(name, new String[] {null, fileValue});
                }
                return;
            }
            if (Objects.equals(fileValue, current)) {
                close(type, id, name);
                return;
            }
            boolean known = base != null && base.containsKey(name);
            if (known && Objects.equals(fileValue, base.get(name))) {
                return; // the file did not change this field; what the database holds stands
            }
            // Without a base (a database loaded before bases were kept) the database counts as
            // unchanged unless a curator changed the record through the API.
            boolean databaseAtBase = known ? Objects.equals(current, base.get(name)) : !touchedThroughApi();
            if (databaseAtBase) {
                apply.run();
                changes.put(name, new String[] {current, fileValue});
                close(type, id, name);
            } else {
                conflict(name, fileValue, current);
            }
        }

        /** Merges a collection by element: {@code add} and {@code remove} change the database by one element. */
        void set(String name, Set<String> file, Set<String> current, Consumer<String> add, Consumer<String> remove) {
            newBase.put(name, String.join("\n", new TreeSet<>(file)));
            Set<String> last;
            if (base != null && base.containsKey(name)) {
                last = base.get(name).isEmpty() ? Set.of() : Set.of(base.get(name).split("\n"));
            } else {
                last = created || !touchedThroughApi() ? current : Set.of();
            }
            TreeSet<String> removed = new TreeSet<>(last);
            removed.removeAll(file);
            removed.retainAll(current);
            TreeSet<String> added = new TreeSet<>(file);
            added.removeAll(last);
            added.removeAll(current);
            if (removed.isEmpty() && added.isEmpty()) {
                return;
            }
            removed.forEach(remove);
            added.forEach(add);
            TreeSet<String> now = new TreeSet<>(current);
            now.removeAll(removed);
            now.addAll(added);
            changes.put(name, new String[] {created ? null : String.join("\n", new TreeSet<>(current)),
                    String.join("\n", now)});
        }

        /** A fact that is back in the files after a load retracted it for leaving them stands again. */
        void reinstate(Fact fact) {
            if (fact.isRetracted() && fact.retractionReason != null && fact.retractionReason.startsWith(REMOVED)) {
                changes.put(Fact.RETRACTED, new String[] {fact.retractionReason, null});
                fact.retractedAt = null;
                fact.retractionReason = null;
            }
        }

        /** Stores the new base and writes the revision (none when nothing changed). */
        void finish() {
            DatasetBase stored = bases.get(type + "\u0000" + key);
            if (stored == null) {
                stored = new DatasetBase();
                stored.subjectType = type;
                stored.datasetKey = key;
                bases.put(type + "\u0000" + key, stored);
            }
            String values = write(newBase);
            if (!values.equals(stored.fieldValues) || !file.equals(stored.file)) {
                stored.fieldValues = values;
                stored.file = file;
                stored.persist();
            }
            audit.dataset(file, "loadDataset", created ? AuditEntry.DATASET_LOAD : "dataset reload", type, id, changes);
        }

        private void conflict(String field, String fileValue, String current) {
            LOG.warnf("Dataset conflict: %s '%s' (%s) field %s: the file now says %s, a curator set %s through the API;"
                    + " the curator's value is kept (see datasetConflicts)", type, key, file, field, quote(fileValue),
                    quote(current));
            close(type, id, field);
            DatasetConflict c = new DatasetConflict();
            c.subjectType = type;
            c.subjectId = id;
            c.datasetKey = key;
            c.file = file;
            c.field = field;
            c.fileValue = fileValue;
            c.currentValue = current;
            c.detectedAt = LocalDateTime.now(ZoneOffset.UTC);
            c.persist();
            conflicts.add(c);
        }

        private boolean touchedThroughApi() {
            if (touchedThroughApi == null) {
                touchedThroughApi = id != null && AuditEntry.count("subjectType = ?1 and subjectId = ?2 and origin = ?3",
                        type, id, AuditEntry.API) > 0;
            }
            return touchedThroughApi;
        }
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable dataset base: " + e.getMessage(), e);
        }
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
