package org.parley.api;

import org.parley.position.CommitmentStatus;
import org.parley.position.CommitmentStatusChange;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CommitmentStatusChange")
@Name("CommitmentStatusChange")
@Description("A step in a commitment's history, e.g. MADE to KEPT, dated and backed by evidence.")
public class CommitmentStatusChangeNode extends DatedNode {

    private final CommitmentStatusChange change;

    public CommitmentStatusChangeNode(CommitmentStatusChange change) {
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
}
