package org.parley.api;

import org.parley.position.ChangeCommitmentStatusInput;
import org.parley.position.LinkPositionsInput;
import org.parley.position.Position;
import org.parley.position.PositionCuration;
import org.parley.position.RecordPositionInput;
import org.parley.position.UpdatePositionInput;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class PositionMutations {

    @Inject
    PositionCuration curation;

    @Mutation("recordPosition")
    @RolesAllowed("editor")
    @Description("Records a position with the quotes that back it; the server finds each quote in its article. Editors only.")
    public @NonNull PositionPayload recordPosition(@NonNull @Description("The position.") RecordPositionInput input) {
        return new PositionPayload(new PositionType(curation.record(input)));
    }

    @Mutation("updatePosition")
    @RolesAllowed("editor")
    @Description("Changes a position. The input's `version` must be the stored one, else CONFLICT. Editors only.")
    public @NonNull PositionPayload updatePosition(@NonNull @Description("The changes.") UpdatePositionInput input) {
        return new PositionPayload(new PositionType(curation.update(input)));
    }

    @Mutation("changeCommitmentStatus")
    @RolesAllowed("editor")
    @Description("Records what became of a commitment (kept, broken, withdrawn), dated and backed by quotes; the step is kept in `statusHistory`. Editors only.")
    public @NonNull PositionPayload changeCommitmentStatus(@NonNull @Description("The change.") ChangeCommitmentStatusInput input) {
        return new PositionPayload(new PositionType(curation.changeStatus(input)));
    }

    @Mutation("linkPositions")
    @RolesAllowed("editor")
    @Description("Records that a later position supersedes or reverses an earlier one of the same actor. Linking the same pair twice is a CONFLICT. Editors only.")
    public @NonNull LinkPositionsPayload linkPositions(@NonNull @Description("The two positions.") LinkPositionsInput input) {
        Position[] pair = curation.link(input);
        return new LinkPositionsPayload(new PositionType(pair[0]), new PositionType(pair[1]));
    }
}
