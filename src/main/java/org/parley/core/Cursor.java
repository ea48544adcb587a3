package org.parley.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position in a sorted list: the sort key of the last item seen and its id.
 * Opaque to clients; paging with it costs the same on page 1 and page 10,000.
 */
public record Cursor(String sortKey, long id) {

    private static final String PREFIX = "k1|";

    public String encode() {
        String raw = PREFIX + (sortKey == null ? "" : sortKey) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String after) {
        if (after == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int last = raw.lastIndexOf('|');
            if (raw.startsWith(PREFIX) && last >= PREFIX.length()) {
                String key = raw.substring(PREFIX.length(), last);
                return new Cursor(key.isEmpty() ? null : key, Long.parseLong(raw.substring(last + 1)));
            }
        } catch (IllegalArgumentException e) {
            // falls through (also covers NumberFormatException)
        }
        throw ParleyException.badInput("after", "'after' is not a cursor returned by this list");
    }
}
