package org.parley.core;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it, so fuzzy name search ranks alike on
 * PostgreSQL (the extension, with its GIN index) and on H2 (these methods, registered as SQL
 * functions by the H2-only migration). pg_trgm splits the text into words of letters and digits,
 * lower-cases them, pads each with two spaces in front and one behind, and takes every run of
 * three characters; similarity is shared trigrams over all distinct trigrams of both, as a
 * 4-byte float, and {@code a % b} holds when it reaches {@code pg_trgm.similarity_threshold}.
 */
public final class Trigrams {

    /** pg_trgm's default {@code similarity_threshold}, which its {@code %} operator applies. */
    public static final double THRESHOLD = 0.3;

    private Trigrams() {
    }

    /** The distinct trigrams of a text, as pg_trgm forms them. */
    public static Set<String> of(String text) {
        Set<String> trigrams = new HashSet<>();
        if (text == null) {
            return trigrams;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > start) {
                int[] padded = ("  " + lower.substring(start, i) + " ").codePoints().toArray();
                for (int k = 0; k + 3 <= padded.length; k++) {
                    trigrams.add(new String(padded, k, 3));
                }
            }
        }
        return trigrams;
    }

    /** pg_trgm's {@code similarity(a, b)}: 0 when either has no trigram. */
    public static float similarity(String a, String b) {
        Set<String> x = of(a);
        Set<String> y = of(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0f;
        }
        int shared = 0;
        for (String t : x) {
            if (y.contains(t)) {
                shared++;
            }
        }
        return (float) shared / (float) (x.size() + y.size() - shared);
    }

    /** pg_trgm's {@code a % b} at the default threshold. */
    public static boolean matches(String a, String b) {
        return similarity(a, b) >= THRESHOLD;
    }
}
