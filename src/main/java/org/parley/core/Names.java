package org.parley.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name for matching: lower case, no diacritics, single spaces ("Poetin" = "poetin",
 * "Zelenskyy" ≠ "Zelensky"); and {@link #key} reduces it further, so common transliterations of
 * one name meet ("Zelenskyy" = "Zelensky" = "Zelenskiy" = "Zelenski", "Poetin" = "Putin").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Zero-width and other invisible format characters (U+200B, U+00AD soft hyphen, U+FEFF ...): they never tell names apart. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");

    /**
     * Spellings that English, Dutch, German and French give the same sound of a name transliterated
     * from Cyrillic (and most other scripts), applied in this order to the folded name. Both sides
     * of a lookup go through it, so it only has to be consistent, not linguistically right.
     */
    private static final String[][] TRANSLITERATIONS = {
        {"tsch", "ch"}, {"tsj", "ch"}, {"tch", "ch"}, {"sch", "sh"}, {"sj", "sh"},
        {"oe", "u"}, {"ou", "u"}, {"kh", "h"}, {"ph", "f"}, {"ck", "k"}, {"x", "ks"},
        {"w", "v"}, {"z", "s"}, {"j", "i"}, {"y", "i"},
    };

    /** Width of the name_key columns (four UTF-16 units per allowed character, as for search_name). */
    private static final int KEY_LENGTH = 1200;

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = INVISIBLE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /**
     * The transliteration key of a name: folded, punctuation as spaces, the spellings of
     * {@link #TRANSLITERATIONS} replaced, then each run of one letter cut to one ("Zelenskyy" →
     * "selenski", "Poetin" → "putin", "Rutte" → "rute"). Name lookup falls back on it when no name
     * or alias matches exactly.
     */
    public static String key(String name) {
        String s = SPACES.matcher(NOT_WORD.matcher(fold(name)).replaceAll(" ").trim()).replaceAll(" ");
        for (String[] t : TRANSLITERATIONS) {
            s = s.replace(t[0], t[1]);
        }
        s = REPEATS.matcher(s).replaceAll("$1");
        return s.length() > KEY_LENGTH ? s.substring(0, KEY_LENGTH) : s; // "x" → "ks" can lengthen it

    }
}
