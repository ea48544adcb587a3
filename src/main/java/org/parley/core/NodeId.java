package org.parley.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque global IDs: base64url of "Type:databaseId". Clients must not parse them. */
public record NodeId(String type, long id) {

    public static String of(String type, Long id) {
        String raw = type + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any global ID; a malformed one is a BAD_USER_INPUT error naming the argument. */
    public static NodeId parse(String globalId, String argument) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0) {
                return new NodeId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (also covers NumberFormatException)
        }
        throw ParleyException.badInput(argument, "'" + argument + "' is not a valid Parley ID");
    }

    /** Decodes an ID that must be of one type. */
    public static long parse(String globalId, String expectedType, String argument) {
        NodeId id = parse(globalId, argument);
        if (!id.type.equals(expectedType)) {
            throw ParleyException.badInput(argument, "'" + argument + "' must be the ID of a " + expectedType
                    + ", not of a " + id.type);
        }
        return id.id;
    }

    /** Decodes an ID of one type given in a mutation input; errors name the input field. */
    public static long parseField(String globalId, String expectedType, String field) {
        if (globalId == null) {
            throw ParleyException.badField(field, "'" + field + "' is required");
        }
        try {
            return parse(globalId, expectedType, field);
        } catch (ParleyException e) {
            throw ParleyException.badField(field, e.getMessage());
        }
    }
}
