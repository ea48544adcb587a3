package org.parley.position;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of position an actor takes (after the PLOVER event ontology).")
public enum PositionKind {
    @Description("Promises to do something.")
    COMMITMENT,
    @Description("Asks or insists that someone else does something.")
    DEMAND,
    @Description("Declines to do, give or say something.")
    REFUSAL,
    @Description("Announces a harm to someone unless they act.")
    THREAT,
    @Description("Points out a risk or consequence without announcing a harm of one's own.")
    WARNING,
    @Description("States a view or assessment.")
    STANCE,
    @Description("Praises someone.")
    PRAISE,
    @Description("Criticises someone.")
    CRITICISM,
    @Description("Invites someone.")
    INVITATION,
    @Description("Accepts an invitation or offer.")
    ACCEPTANCE,
    @Description("Puts forward a plan or proposal.")
    PROPOSAL
}
