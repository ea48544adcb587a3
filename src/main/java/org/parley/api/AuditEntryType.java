package org.parley.api;

import org.parley.curation.AuditEntry;
import org.parley.position.Position;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.curation.AuditFieldChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;

@org.eclipse.microprofile.graphql.GraphQLApi
@Type("AuditEntry")
@Name("AuditEntry")
@Description("One revision of a record: a change made through the API or by a dataset load. Who made it, what it was, to which record, when, why, and the fields it changed.")
public class AuditEntryType implements Node {

    private final AuditEntry entry;

    AuditEntryType() {
        this(new AuditEntry());
    }

    public AuditEntryType(AuditEntry entry) {
        this.entry = entry;
    }

    /** Editors only, like `auditLog`: an entry names a curator. Never retracted. */
    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(AuditEntry.TYPE, AuditEntry.class, AuditEntryType::new).readableBy("editor");
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID of this entry; `node(id:)` fetches it (editors only).")
    public String getId() {
        return NodeId.of(AuditEntry.TYPE, entry.id);
    }

    @NonNull
    @Description("The curator: the subject (`sub`) of the bearer token used; `dataset:<file>` for a change a dataset load made from that file.")
    public String getActor() {
        return entry.actor;
    }

    @NonNull
    @Description("The mutation that made the change, e.g. `recordPosition`; `loadDataset` for a dataset load.")
    public String getAction() {
        return entry.action;
    }

    @NonNull
    @Description("The type of the record changed, e.g. `Position`.")
    public String getSubjectType() {
        return entry.subjectType;
    }

    @Id
    @NonNull
    @Description("Global ID of the record changed; `node(id:)` fetches it.")
    public String getSubjectId() {
        return NodeId.of(entry.subjectType, entry.subjectId);
    }

    @Description("What changed, in words (a retraction's reason, a status change ...).")
    public String getDetail() {
        return entry.detail;
    }

    @NonNull
    @Description("When the change was committed, UTC.")
    public LocalDateTime getChangedAt() {
        return entry.changedAt;
    }

    @NonNull
    @Description("Where the change came from: `API` (a mutation) or `DATASET` (a dataset load).")
    public String getOrigin() {
        return entry.origin;
    }

    @Description("Why: the mutation's name, `dataset load` / `dataset reload`, or a retraction's reason. Null for entries written before revisions said why.")
    public String getReason() {
        return entry.reason;
    }

    @Name("changes")
    @Description("The fields the change set, with their values before and after; empty for a change that touched no field revisions record (an article, a link between positions).")
    public List<@NonNull List<@NonNull FieldChangeType>> changes(@Source List<AuditEntryType> entries) {
        return Batch.many(entries, e -> e.entry.id, AuditFieldChange::ofEntries, c -> c.entryId, FieldChangeType::new);
    }
}
