package org.parley.core;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;

/** Checks {@link Text}; the message says what to fix. */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

    /** Stored text may take up to this many UTF-16 units per allowed character (the columns are sized for it). */
    public static final int UNITS_PER_CHARACTER = 4;

    private int max;
    private boolean name;

    @Override
    public void initialize(Text text) {
        max = text.max();
        name = text.name();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problem(value.toString(), max, name);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
        return false;
    }

    /** What is wrong with the text, or null. */
    public static String problem(String text, int max, boolean name) {
        String encoding = encodingProblem(text);
        if (encoding != null) {
            return encoding;
        }
        if (text.length() > (long) max * UNITS_PER_CHARACTER) {
            return "is too long: at most " + max + " characters";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int characters = nfc.codePointCount(0, nfc.length());
        if (characters > max) {
            return "is too long: " + characters + " characters, at most " + max + " are allowed";
        }
        if (name) {
            if (!hasVisibleCharacter(text)) {
                return "has no visible character (only spaces, zero-width characters or soft hyphens); give a real name";
            }
            String folded = Names.fold(text);
            int foldedCharacters = folded.codePointCount(0, folded.length());
            if (foldedCharacters > max || folded.length() > max * UNITS_PER_CHARACTER) {
                return "is too long once normalised for search (" + foldedCharacters + " characters; ligatures such as "
                        + "U+FDFA expand to many letters); at most " + max + " are allowed";
            }
        }
        return null;
    }

    /**
     * What makes the text unstorable whatever its field, or null: a NUL (PostgreSQL's text cannot
     * hold it) or half of a surrogate pair (a JSON escape such as \\ud800 alone is no character;
     * PostgreSQL refuses it and H2 would store garbage).
     */
    public static String encodingProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL (U+0000) characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode: it holds half of a surrogate pair (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + ") without the other half";
            }
        }
        return null;
    }

    /** True when some code point is neither white space, a format character (zero-width, soft hyphen) nor a lone mark. */
    static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.ENCLOSING_MARK && Character.getType(c) != Character.CONTROL
                && c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0);
    }
}
