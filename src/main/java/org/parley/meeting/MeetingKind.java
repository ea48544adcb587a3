package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("The form a meeting takes.")
public enum MeetingKind {
    @Description("One party visits another, usually at the host's seat.")
    VISIT,
    @Description("A formal state visit by a head of state.")
    STATE_VISIT,
    @Description("Talks between two parties at a third place.")
    BILATERAL,
    @Description("A summit of leaders.")
    SUMMIT,
    @Description("A session of a multilateral body, such as a UN vote.")
    MULTILATERAL,
    @Description("A telephone call.")
    PHONE_CALL,
    @Description("A press conference.")
    PRESS_CONFERENCE,
    @Description("Negotiations, possibly over several rounds.")
    NEGOTIATION,
    @Description("A conversation whose form the sources do not give.")
    CONVERSATION
}
