package org.parley.position;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.graphql.Batch;

@GraphQLApi
public class PositionMutations {

    @Inject
    PositionCuration curation;

    @Mutation("recordPosition")
    @RolesAllowed("editor")
    @Description("Records a position with the quotes that back it; the server finds each quote in its article. Editors only.")
    public @NonNull PositionPayload recordPosition(@NonNull @Description("The position.") RecordPositionInput input) {
        return new PositionPayload(new PositionNode(curation.record(input)));
    }

    @Mutation("updatePosition")
    @RolesAllowed("editor")
    @Description("Changes a position. The input's `version` must be the stored one, else CONFLICT. Editors only.")
    public @NonNull PositionPayload updatePosition(@NonNull @Description("The changes.") UpdatePositionInput input) {
        return new PositionPayload(new PositionNode(curation.update(input)));
    }

    @Mutation("changeCommitmentStatus")
    @RolesAllowed("editor")
    @Description("Records what became of a commitment (kept, broken, withdrawn), dated and backed by quotes; the step is kept in `statusHistory`. Editors only.")
    public @NonNull PositionPayload changeCommitmentStatus(@NonNull @Description("The change.") ChangeCommitmentStatusInput input) {
        return new PositionPayload(new PositionNode(curation.changeStatus(input)));
    }

    @Name("statusHistory")
    @Description("For commitments: every recorded change of status, oldest first. Empty while the commitment is as made.")
    public List<@NonNull List<@NonNull CommitmentStatusChangeNode>> statusHistory(@Source List<PositionNode> positions) {
        return Batch.many(positions, p -> p.entity().id, CommitmentStatusChange::ofPositions, c -> c.positionId,
                CommitmentStatusChangeNode::new);
    }
}
