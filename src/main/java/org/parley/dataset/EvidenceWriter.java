package org.parley.dataset;

import org.parley.source.ArticleText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.dataset.DatasetDocument.EvidenceRecord;
import org.parley.source.Article;
import org.parley.source.Evidence;

/** Finds each quote in its article and stores it with its offsets, replacing a fact's old evidence. */
class EvidenceWriter {

    private record Loaded(Article article, ArticleText text) {
    }

    private final Map<String, Loaded> articles = new HashMap<>();

    void addArticle(String key, Article article, ArticleText text) {
        articles.put(key, new Loaded(article, text));
    }

    void replace(Evidence.Subject subject, Long subjectId, List<EvidenceRecord> records, Where where) {
        if (records == null || records.isEmpty()) {
            throw new DatasetException(where + ": at least one evidence quote is required");
        }
        Evidence.deleteForSubject(subject, subjectId);
        for (int i = 0; i < records.size(); i++) {
            write(subject, subjectId, records.get(i), where.at(".evidence[" + i + "]"));
        }
    }

    private void write(Evidence.Subject subject, Long subjectId, EvidenceRecord r, Where where) {
        Loaded source = RecordCheck.ref(articles, r.article(), where, "article");
        String quote = RecordCheck.required(r.quote(), where, "quote");
        int occurrence = r.occurrence() == null ? 1 : r.occurrence();
        if (occurrence < 1) {
            throw new DatasetException(where + ": occurrence must be 1 or more");
        }
        int start = source.text().offsetOf(quote, occurrence);
        if (start < 0) {
            throw new DatasetException(where + ": quote not found in article '" + r.article() + "'"
                    + (occurrence > 1 ? " (occurrence " + occurrence + ")" : "") + ": \"" + quote + "\"");
        }
        Evidence e = new Evidence();
        e.articleId = source.article().id;
        e.quote = quote;
        e.startOffset = start;
        e.endOffset = start + quote.length();
        subject.assign(e, subjectId);
        e.persist();
    }
}
