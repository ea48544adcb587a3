package org.parley.graphql;

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

    public static ParleyException badInput(String argument, String message) {
        return new ParleyException(ErrorCode.BAD_USER_INPUT, message, Map.of("argument", argument));
    }
}
