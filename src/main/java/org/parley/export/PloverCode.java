package org.parley.export;

import java.util.Map;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.position.PositionKind;

/**
 * How a Parley fact is coded in PLOVER (the Open Event Data Alliance's event ontology, manual
 * draft 2.0): event type, mode and quad category. The table and the reasons for each row are in
 * the README's Export section; a kind with no faithful PLOVER type has {@code eventType} null
 * ({@code has_event: false} in the line) and a comment saying why, rather than a forced type.
 */
record PloverCode(String eventType, String mode, String comment) {

    /** The codebook named in every line's cite_info. */
    static final String CODEBOOK = "PLOVER manual draft 2.0; Parley mapping 1 (README, Export)";

    /** PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    private static final Map<String, Integer> QUAD = Map.ofEntries(
            Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1),
            Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("RETREAT", 2),
            Map.entry("REQUEST", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3), Map.entry("THREATEN", 3),
            Map.entry("PROTEST", 4), Map.entry("SANCTION", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4),
            Map.entry("ASSAULT", 4));

    static PloverCode of(PositionKind kind) {
        return switch (kind) {
            case COMMITMENT -> new PloverCode("AGREE", null, null);
            // REQUEST's modes (assist, change, yield, meet) name what is asked for; the kind does not say
            case DEMAND -> new PloverCode("REQUEST", null, null);
            case REFUSAL -> new PloverCode("REJECT", null, null);
            // THREATEN's modes name the content of the threat (violence, restrict, ...); the kind does not say
            case THREAT -> new PloverCode("THREATEN", null, null);
            case PRAISE -> new PloverCode("SUPPORT", null, null);
            case CRITICISM -> new PloverCode("ACCUSE", "disapprove", null);
            case INVITATION, ACCEPTANCE -> new PloverCode("AGREE", null, null);
            case PROPOSAL -> new PloverCode("AGREE", null,
                    "approximate: a Parley PROPOSAL is coded as an offer (AGREE); one that mainly asks others to act would be REQUEST");
            case WARNING -> new PloverCode(null, null,
                    "no PLOVER event type: a warning of a risk the holder does not threaten to cause is neither THREATEN nor REQUEST;"
                            + " PLOVER dropped CAMEO's public statements");
            case STANCE -> new PloverCode(null, null,
                    "no PLOVER event type: a stated view is a public statement, which PLOVER dropped from CAMEO");
        };
    }

    static PloverCode of(Meeting meeting) {
        if (meeting.status == MeetingStatus.CANCELLED) {
            return new PloverCode("REJECT", "meet", "the meeting was called off; who called it off is not recorded, so all participants are actors");
        }
        if (meeting.status == MeetingStatus.PLANNED) {
            return new PloverCode("AGREE", null, "a planned meeting: PLOVER codes references to future meetings as AGREE");
        }
        return new PloverCode("CONSULT", consultMode(meeting.kind), null);
    }

    /** CONSULT's modes: visit (actor visits, recipient hosts), third-party, multilateral, phone. */
    static String consultMode(MeetingKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case VISIT, STATE_VISIT -> "visit";
            case BILATERAL -> "third-party";
            case SUMMIT, MULTILATERAL -> "multilateral";
            case PHONE_CALL -> "phone";
            case PRESS_CONFERENCE, NEGOTIATION, CONVERSATION -> null;
        };
    }

    boolean hasEvent() {
        return eventType != null;
    }

    Integer quadCode() {
        return eventType == null ? null : QUAD.get(eventType);
    }
}
