package org.parley.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a name for matching: lower case, no diacritics, single spaces ("Poetin" = "poetin", "Zelenskyy" ≠ "Zelensky"). */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Zero-width and other invisible format characters (U+200B, U+00AD soft hyphen, U+FEFF ...): they never tell names apart. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = INVISIBLE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }
}
