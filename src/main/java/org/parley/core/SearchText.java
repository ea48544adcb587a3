package org.parley.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The searchable form of a text, computed by Parley (not the database) so H2 and PostgreSQL
 * search the same words: lower case, diacritics and invisible characters removed, every run of
 * letters and digits a word, words separated by one space, with a leading space (" oekraine
 * krijgt steun"). PostgreSQL indexes it with {@code to_tsvector('simple', …)}: the 'simple'
 * configuration only splits at the spaces, so its lexemes are exactly these words; H2 matches
 * the same words with LIKE (see {@link SearchFunctions}).
 */
public final class SearchText {

    /** Longest search argument accepted (characters). */
    public static final int MAX_QUERY = 200;
    /** Most words in a search argument; each is one index condition. */
    public static final int MAX_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS_AND_INVISIBLE = Pattern.compile("[\\p{M}\\p{Cf}]+");

    private SearchText() {
    }

    /** The stored form of these texts (nulls skipped); "" when there is no word. */
    public static String of(String... texts) {
        StringBuilder out = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                words(text).forEach(w -> out.append(' ').append(w));
            }
        }
        return out.toString();
    }

    /** The words of a text in stored form, in order. */
    public static List<String> words(String text) {
        // Lower case first: lowering can itself produce combining marks (U+0130 → i + U+0307).
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        Matcher words = WORD.matcher(MARKS_AND_INVISIBLE.matcher(folded).replaceAll(""));
        List<String> out = new ArrayList<>();
        while (words.find()) {
            out.add(words.group());
        }
        return out;
    }

    /**
     * The words of a client's search argument: at least one, at most {@value #MAX_WORDS}, the
     * whole at most {@value #MAX_QUERY} characters; else BAD_USER_INPUT naming {@code argument}.
     */
    public static List<String> query(String search, String argument) {
        if (search.length() > MAX_QUERY) {
            throw ParleyException.badInput(argument, "'" + argument + "' is longer than " + MAX_QUERY + " characters");
        }
        List<String> words = words(search).stream().distinct().toList();
        if (words.isEmpty()) {
            throw ParleyException.badInput(argument, "'" + argument + "' has no word to search for (letters or digits)");
        }
        if (words.size() > MAX_WORDS) {
            throw ParleyException.badInput(argument, "'" + argument + "' has " + words.size() + " words; at most "
                    + MAX_WORDS + " are searched for");
        }
        return words;
    }

    /**
     * HQL: every word occurs (as the start of a word) in {@code column}; each condition starting with " and ".
     * Parameters are named {@code prefix0}, {@code prefix1} ...
     */
    public static String matchAll(String column, List<String> words, String prefix, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            hql.append(" and ").append(SearchFunctions.MATCH).append("(").append(column).append(", :").append(prefix)
                    .append(i).append(")");
            params.put(prefix + i, words.get(i));
        }
        return hql.toString();
    }
}
