package org.parley.api;

import org.parley.curation.RetractInput;
import org.parley.curation.Retractions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.parley.core.NodeId;
import org.parley.core.NodeKinds;
import org.parley.core.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class RetractMutations {

    @Inject
    Retractions retractions;

    @Inject
    NodeKinds nodeKinds;

    @Mutation("retract")
    @RolesAllowed("editor")
    @Description("Retracts a position, meeting or office with a reason: it keeps its ID, but every list and field leaves it out unless asked with `includeRetracted: true` (`positions`, `meetings`, `node`). Retracting twice is a CONFLICT. Editors only.")
    public @NonNull RetractPayload retract(@NonNull @Description("What to retract and why.") RetractInput input) {
        Row row = retractions.retract(input);
        return new RetractPayload((Node) nodeKinds.present(NodeId.parse(input.id, "id"), row));
    }
}
