package org.parley.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position in a sorted list: the sort key of an item and its id.
 * Opaque to clients; paging with it costs the same on page 1 and page 10,000.
 */
public record Cursor(String sortKey, long id) {

    private static final String PREFIX = "k1|";

    public String encode() {
        String raw = PREFIX + (sortKey == null ? "" : sortKey) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String after) {
        return decode(after, "after");
    }

    /** Decodes the value of a cursor argument; a value this service did not hand out is BAD_USER_INPUT naming it. */
    public static Cursor decode(String value, String argument) {
        if (value == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int last = raw.lastIndexOf('|');
            if (raw.startsWith(PREFIX) && last >= PREFIX.length()) {
                String key = raw.substring(PREFIX.length(), last);
                return new Cursor(key.isEmpty() ? null : key, Long.parseLong(raw.substring(last + 1)));
            }
        } catch (IllegalArgumentException e) {
            // falls through (also covers NumberFormatException)
        }
        throw notOurs(argument);
    }

    static ParleyException notOurs(String argument) {
        return ParleyException.badInput(argument, "'" + argument + "' is not a cursor returned by this list");
    }
}
