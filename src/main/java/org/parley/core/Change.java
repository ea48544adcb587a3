package org.parley.core;

/**
 * A committed change of one fact: its kind and the fact's global ID. This is all that travels
 * between replicas; each replica loads the fact itself, so a message stays small and never
 * carries data a subscriber's query would not ask for.
 */
public record Change(ChangeKind kind, String id) {

    /** The text form sent between replicas: {@code POSITION_RECORDED UG9zaXRpb246MTI=}. */
    public String encode() {
        return kind.name() + " " + id;
    }

    /** The change written by {@link #encode()}; null for text that is not one (a foreign notification). */
    public static Change decode(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        try {
            return new Change(ChangeKind.valueOf(text.substring(0, space)), text.substring(space + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
