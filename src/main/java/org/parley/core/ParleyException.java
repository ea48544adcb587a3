package org.parley.core;

import java.util.Map;

/**
 * A client-facing error: its message is safe to show and {@link #code()} becomes
 * {@code extensions.code}. Anything else thrown while resolving is reported as INTERNAL.
 */
public class ParleyException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ParleyException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ParleyException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = details;
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra machine-readable facts, e.g. the candidates of an ambiguous name. */
    public Map<String, Object> details() {
        return details;
    }

    public static ParleyException notFound(String message) {
        return new ParleyException(ErrorCode.NOT_FOUND, message);
    }

    /** A wrong value inside a mutation input; {@code field} is its path in the input ("evidence[0].quote"). */
    public static ParleyException badField(String field, String message) {
        return new ParleyException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    public static ParleyException conflict(String message) {
        return new ParleyException(ErrorCode.CONFLICT, message);
    }

    /** A mutation input names an ID (in {@code field}) that resolves to nothing. */
    public static ParleyException unknownId(String globalId, String field) {
        return new ParleyException(ErrorCode.NOT_FOUND, "Nothing has the ID '" + globalId + "'", Map.of("field", field));
    }

    /** Optimistic concurrency: an update must be based on the stored version. */
    public static void requireVersion(String what, long stored, Integer given) {
        if (given == null || given != stored) {
            throw conflict("The " + what + " was changed meanwhile (version " + stored
                    + ", the change was based on version " + given + "); reload it and try again");
        }
    }

    public static ParleyException badInput(String argument, String message) {
        return new ParleyException(ErrorCode.BAD_USER_INPUT, message, Map.of("argument", argument));
    }
}
