package org.parley.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Hql;
import org.parley.core.NodeId;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * One piece of evidence with what the export says about its article, read as a projection: the
 * article's body (up to a megabyte) is never loaded, only its key, title, outlet, month, language
 * and hash. The subject columns say which fact the quote backs.
 */
record Quote(Long positionId, Long meetingId, Long attendanceId, long id, String quote, int start, int end,
        long articleId, String articleKey, String title, String outlet, LocalDate publishedMonth, String language,
        String contentHash) {

    /** The evidence matching {@code condition} (HQL over alias {@code e}), in id order: one statement. */
    static List<Quote> where(String condition, Map<String, Object> params) {
        List<Quote> quotes = new ArrayList<>();
        for (Object[] r : Hql.rows("""
                select e.positionId, e.meetingId, e.attendanceId, e.id, e.quote, e.startOffset, e.endOffset,
                       a.id, a.datasetKey, a.title, a.outlet, a.publishedMonth, a.language, a.contentHash
                from Evidence e join Article a on a.id = e.articleId""" + " where " + condition + " order by e.id", params)) {
            quotes.add(new Quote((Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3], (String) r[4], (Integer) r[5],
                    (Integer) r[6], (Long) r[7], (String) r[8], (String) r[9], (String) r[10], (LocalDate) r[11],
                    (String) r[12], (String) r[13]));
        }
        return quotes;
    }

    /** "YYYY-MM", as the GraphQL API writes an article's publication month. */
    String published() {
        return publishedMonth == null ? null : YearMonth.from(publishedMonth).toString();
    }

    /**
     * The evidence as the provenance export writes it. {@code url} is always null: Parley stores the
     * article text, not where it was found; the content hash identifies the exact text instead.
     */
    Map<String, Object> line() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", NodeId.of(Article.TYPE, articleId));
        article.put("key", articleKey);
        article.put("title", title);
        article.put("url", null);
        article.put("publisher", outlet);
        article.put("published", published());
        article.put("language", language);
        article.put("contentHash", contentHash);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", NodeId.of(Evidence.TYPE, id));
        line.put("quote", quote);
        line.put("start", start);
        line.put("end", end);
        line.put("article", article);
        return line;
    }
}
