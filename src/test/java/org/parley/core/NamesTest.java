package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Transliteration keys and pg_trgm's trigrams, without the service. */
class NamesTest {

    @Test
    void transliterationsOfOneNameShareAKey() {
        String zelensky = Names.key("Zelenskyy");
        for (String spelling : new String[] {"Zelensky", "Zelenski", "Zelenskiy", "Zelenskij", "Selenskyj", "ZELÉNSKYY"}) {
            assertEquals(zelensky, Names.key(spelling), spelling);
        }
        assertEquals(Names.key("Putin"), Names.key("Poetin"));
        assertEquals(Names.key("Volodymyr Zelensky"), Names.key("Wolodymyr Zelenskyj"));
        assertEquals(Names.key("Jean-Claude"), Names.key("Jean Claude"));
        assertNotEquals(Names.key("Rutte"), Names.key("Trump"));
        assertEquals("", Names.key("!!!"));
    }

    @Test
    void trigramsAreFormedAsPgTrgmFormsThem() {
        // pg_trgm's documentation: show_trgm('cat') = {"  c"," ca","at ","cat"}
        assertEquals(Set.of("  c", " ca", "cat", "at "), Trigrams.of("cat"));
        assertEquals(Set.of("  a", " a ", "  b", " b "), Trigrams.of("A, b"));
        assertEquals(Set.of(), Trigrams.of("%"));
    }

    @Test
    void similarityIsSharedOverAllTrigrams() {
        assertEquals(1f, Trigrams.similarity("Rutte", "rutte"));
        assertEquals(4f / 7f, Trigrams.similarity("trum", "trump"));
        assertEquals(0f, Trigrams.similarity("%", "%"));
        // exactly pg_trgm's default threshold: 3 shared of 10
        assertEquals(0.3f, Trigrams.similarity("trum", "trudeau"));
        assertTrue(Trigrams.matches("trum", "trudeau"));
        assertFalse(Trigrams.matches("poutine", "putin")); // 3 shared of 11
    }
}
