package org.parley.person;

import java.util.Arrays;
import java.util.List;
import org.parley.core.Names;

/**
 * The rule against bare given names as aliases: "Mark" for Mark Rutte would make every other Mark
 * ambiguous, or worse, find Rutte. A person's alias that is a single word of their canonical name
 * is refused unless it is their family name — or, when they have none recorded, the last word of
 * the canonical name ("Rutte" for "Mark Rutte" passes, "Mark" does not, nor "Charles" for "King
 * Charles III"). Compared folded, so case and diacritics do not get round it.
 */
public final class BareGivenNames {

    private BareGivenNames() {
    }

    /** Why this alias is refused, or null when it passes. */
    public static String problem(String canonicalName, String familyName, String alias) {
        if (canonicalName == null || alias == null) {
            return null;
        }
        String word = Names.fold(alias);
        if (word.isEmpty() || word.contains(" ")) {
            return null;
        }
        List<String> words = Arrays.asList(Names.fold(canonicalName).split(" "));
        if (!words.contains(word)) {
            return null;
        }
        String allowed = familyName != null && !familyName.isBlank() ? Names.fold(familyName) : words.get(words.size() - 1);
        if (word.equals(allowed)) {
            return null;
        }
        return "alias '" + alias + "' is a bare given name (a single word of '" + canonicalName
                + "' that is not the family name); it would collide with every namesake. Use the full name or the family name";
    }
}
