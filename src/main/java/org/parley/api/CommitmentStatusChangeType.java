package org.parley.api;

import org.parley.position.CommitmentStatus;
import org.parley.position.CommitmentStatusChange;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.parley.source.Evidence;
import org.parley.core.Fact;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL type {@code CommitmentStatusChange}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("CommitmentStatusChange")
@Name("CommitmentStatusChange")
@Description("A step in a commitment's history, e.g. MADE to KEPT, dated and backed by evidence.")
public class CommitmentStatusChangeType extends DatedType implements Node {

    private final CommitmentStatusChange change;

    CommitmentStatusChangeType() {
        this(new CommitmentStatusChange());
    }

    public CommitmentStatusChangeType(CommitmentStatusChange change) {
        super(change.date);
        this.change = change;
    }

    /** Hidden from default reads with its position. */
    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(CommitmentStatusChange.TYPE, CommitmentStatusChange.class, CommitmentStatusChangeType::new)
                .standingWhen("x.positionId in " + Fact.standingIds("Position"));
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID of this step.")
    public String getId() {
        return NodeId.of(CommitmentStatusChange.TYPE, change.id);
    }

    @Ignore
    public CommitmentStatusChange entity() {
        return change;
    }

    @Description("The status before the change.")
    public CommitmentStatus getFrom() {
        return change.fromStatus;
    }

    @NonNull
    @Description("The status after the change.")
    public CommitmentStatus getTo() {
        return change.toStatus;
    }

    @NonNull
    @Description("The curator who recorded the change (JWT subject).")
    public String getRecordedBy() {
        return change.changedBy;
    }

    @Name("evidence")
    @Description("The quotes that report this change of status, each with its article and offsets.")
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<CommitmentStatusChangeType> changes) {
        return EvidenceType.of(changes, c -> c.change.id, Evidence.Subject.STATUS_CHANGE);
    }
}
