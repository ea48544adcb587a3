package org.parley.core;

/** What happened to a fact, as live subscriptions see it (see {@link ChangeFeed}). */
public enum ChangeKind {
    /** A position was recorded. */
    POSITION_RECORDED,
    /** A commitment changed its status (MADE to KEPT, BROKEN or WITHDRAWN). */
    COMMITMENT_STATUS_CHANGED,
    /** A meeting was created, edited, changed its status or its participants. */
    MEETING_CHANGED,
    /** A fact (meeting, office, position) was retracted. */
    FACT_RETRACTED
}
