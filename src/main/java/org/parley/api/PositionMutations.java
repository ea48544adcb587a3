package org.parley.api;

import org.parley.position.ChangeCommitmentStatusInput;
import org.parley.position.CommitmentStatusChange;
import org.parley.position.LinkPositionsInput;
import org.parley.position.Position;
import org.parley.position.PositionCuration;
import org.parley.position.PositionLink;
import org.parley.position.RecordPositionInput;
import org.parley.position.UpdatePositionInput;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;

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

    @Mutation("linkPositions")
    @RolesAllowed("editor")
    @Description("Records that a later position supersedes or reverses an earlier one of the same actor. Linking the same pair twice is a CONFLICT. Editors only.")
    public @NonNull LinkPositionsPayload linkPositions(@NonNull @Description("The two positions.") LinkPositionsInput input) {
        Position[] pair = curation.link(input);
        return new LinkPositionsPayload(new PositionNode(pair[0]), new PositionNode(pair[1]));
    }

    @Name("supersedes")
    @Description("Earlier positions this one supersedes or reverses.")
    public List<@NonNull List<@NonNull PositionLinkNode>> supersedes(@Source List<PositionNode> positions) {
        return Batch.many(positions, p -> p.entity().id, PositionLink::fromLater, l -> l.laterId,
                l -> new PositionLinkNode(l, l.earlierId));
    }

    @Name("supersededBy")
    @Description("Later positions that supersede or reverse this one.")
    public List<@NonNull List<@NonNull PositionLinkNode>> supersededBy(@Source List<PositionNode> positions) {
        return Batch.many(positions, p -> p.entity().id, PositionLink::toEarlier, l -> l.earlierId,
                l -> new PositionLinkNode(l, l.laterId));
    }

    @Name("position")
    @Description("The position at the other end of the link.")
    public List<@NonNull PositionNode> linkedPosition(@Source List<PositionLinkNode> links) {
        return Batch.one(links, PositionLinkNode::otherId, ids -> Position.list("id in ?1", ids), p -> p.id,
                PositionNode::new);
    }

    @Name("statusHistory")
    @Description("For commitments: every recorded change of status, oldest first. Empty while the commitment is as made.")
    public List<@NonNull List<@NonNull CommitmentStatusChangeNode>> statusHistory(@Source List<PositionNode> positions) {
        return Batch.many(positions, p -> p.entity().id, CommitmentStatusChange::ofPositions, c -> c.positionId,
                CommitmentStatusChangeNode::new);
    }
}
