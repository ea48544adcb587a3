package org.parley.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a name for matching: lower case, no diacritics, single spaces ("Poetin" = "poetin", "Zelenskyy" ≠ "Zelensky"). */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }
}
