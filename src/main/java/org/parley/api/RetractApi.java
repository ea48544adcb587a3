package org.parley.api;

import org.parley.curation.RetractInput;
import org.parley.curation.Retractions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class RetractApi {

    @Inject
    Retractions retractions;

    @Mutation("retract")
    @RolesAllowed("editor")
    @Description("Retracts a position, meeting or office with a reason: it keeps its ID and stays fetchable with `node(id:)`, but lists leave it out (`positions` and `meetings` show it with `includeRetracted: true`). Retracting twice is a CONFLICT. Editors only.")
    public @NonNull RetractPayload retract(@NonNull @Description("What to retract and why.") RetractInput input) {
        return new RetractPayload(retractions.retract(input));
    }
}
