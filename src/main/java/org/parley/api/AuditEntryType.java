package org.parley.api;

import org.parley.curation.AuditEntry;
import org.parley.position.Position;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
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
@Description("One change made through the API: who made it, what it was, to which record, and when.")
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
    @Description("The curator: the subject (`sub`) of the bearer token used.")
    public String getActor() {
        return entry.actor;
    }

    @NonNull
    @Description("The mutation that made the change, e.g. `recordPosition`.")
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
}
