package org.parley.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article in the seed format: a " date YYYY-MM" header, then the body. */
public record ArticleText(LocalDate publishedMonth, String body) {

    private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4})-(\\d{2})\\s+");

    public static ArticleText parse(String seed) {
        Matcher m = HEADER.matcher(seed);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("text does not start with a ' date YYYY-MM' header");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            org.parley.core.PartialDate.requireYearFromOne(year, m.group(1));
            LocalDate month = YearMonth.of(year, Integer.parseInt(m.group(2))).atDay(1);
            return new ArticleText(month, seed.substring(m.end()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible publication month in header");
        }
    }

    public String contentHash() {
        return sha256(body);
    }

    /**
     * Start offset of the n-th (1-based) occurrence of the quote in the body, or -1.
     */
    public int offsetOf(String quote, int occurrence) {
        int from = -1;
        for (int i = 0; i < occurrence; i++) {
            from = body.indexOf(quote, from + 1);
            if (from < 0) {
                return -1;
            }
        }
        return from;
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
