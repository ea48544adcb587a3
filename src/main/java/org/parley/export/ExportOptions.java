package org.parley.export;

import io.vertx.core.MultiMap;
import java.util.Set;

/**
 * The query parameters of an export request. Only {@code includeRetracted} ({@code true} or
 * {@code false}, default false) is known; any other parameter, a repeated one or another value is
 * refused, so a typo ({@code includeretracted=true}) cannot silently export something else.
 */
record ExportOptions(boolean includeRetracted) {

    static final String INCLUDE_RETRACTED = "includeRetracted";
    private static final Set<String> KNOWN = Set.of(INCLUDE_RETRACTED);

    /** A parameter the export does not accept; answered 400 naming it. */
    static final class BadParameter extends Exception {
        final String parameter;

        BadParameter(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }
    }

    static ExportOptions parse(MultiMap params) throws BadParameter {
        for (String name : params.names()) {
            if (!KNOWN.contains(name)) {
                throw new BadParameter(name, "Unknown parameter '" + name + "'; the export accepts only " + INCLUDE_RETRACTED);
            }
        }
        var values = params.getAll(INCLUDE_RETRACTED);
        if (values.isEmpty()) {
            return new ExportOptions(false);
        }
        if (values.size() > 1) {
            throw new BadParameter(INCLUDE_RETRACTED, "'" + INCLUDE_RETRACTED + "' is given more than once");
        }
        return switch (values.get(0)) {
            case "true" -> new ExportOptions(true);
            case "false" -> new ExportOptions(false);
            default -> throw new BadParameter(INCLUDE_RETRACTED,
                    "'" + INCLUDE_RETRACTED + "' must be true or false, was '" + values.get(0) + "'");
        };
    }
}
