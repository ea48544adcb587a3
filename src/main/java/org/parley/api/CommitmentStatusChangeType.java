package org.parley.api;

import org.parley.position.CommitmentStatus;
import org.parley.position.CommitmentStatusChange;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.parley.source.Evidence;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL type {@code CommitmentStatusChange}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("CommitmentStatusChange")
@Name("CommitmentStatusChange")
@Description("A step in a commitment's history, e.g. MADE to KEPT, dated and backed by evidence.")
public class CommitmentStatusChangeType extends DatedType {

    private final CommitmentStatusChange change;

    CommitmentStatusChangeType() {
        this(new CommitmentStatusChange());
    }

    public CommitmentStatusChangeType(CommitmentStatusChange change) {
        super(change.date);
        this.change = change;
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
