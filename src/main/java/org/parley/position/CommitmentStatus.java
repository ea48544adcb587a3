package org.parley.position;

import org.eclipse.microprofile.graphql.Description;

@Description("What became of a commitment, as far as the sources report.")
public enum CommitmentStatus {
    @Description("Made; no later outcome reported.")
    MADE,
    @Description("Fulfilled.")
    KEPT,
    @Description("Not fulfilled.")
    BROKEN,
    @Description("Taken back by whoever made it.")
    WITHDRAWN
}
