package org.parley.dataset;

import org.parley.source.ArticleText;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.NodeId;
import org.parley.dataset.DatasetDocument.EvidenceRecord;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * Finds each quote in its article and merges a fact's evidence with the file's: a quote is one
 * element ({@link #element}), so a quote a curator attached through the API is never removed.
 */
class EvidenceWriter {

    private record Loaded(Article article, ArticleText text) {
    }

    /** A quote found in its article. */
    record Located(Long articleId, String quote, int start) {
        String element() {
            return EvidenceWriter.element(articleId, start, start + quote.length());
        }
    }

    private final Map<String, Loaded> articles = new HashMap<>();

    void addArticle(String key, Article article, ArticleText text) {
        articles.put(key, new Loaded(article, text));
    }

    /** The file's quotes of a record by element, checked; at least one is required. */
    Map<String, Located> locate(List<EvidenceRecord> records, Where where) {
        if (records == null || records.isEmpty()) {
            throw new DatasetException(where + ": at least one evidence quote is required");
        }
        Map<String, Located> located = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Located l = locate(records.get(i), where.at(".evidence[" + i + "]"));
            located.put(l.element(), l);
        }
        return located;
    }

    /** Merges the evidence of one subject as the collection "evidence" of its record. */
    void merge(Changeset.Record merge, Evidence.Subject subject, Long subjectId, List<EvidenceRecord> records, Where where) {
        Map<String, Located> file = locate(records, where);
        merge.set("evidence", file.keySet(), current(subject, subjectId),
                element -> write(subject, subjectId, file.get(element)),
                element -> Evidence.forSubjects(subject, List.of(subjectId)).stream()
                        .filter(e -> element(e.articleId, e.startOffset, e.endOffset).equals(element))
                        .forEach(Evidence::delete));
    }

    static Set<String> current(Evidence.Subject subject, Long subjectId) {
        Set<String> elements = new TreeSet<>();
        if (subjectId != null) {
            Evidence.forSubjects(subject, List.of(subjectId))
                    .forEach(e -> elements.add(element(e.articleId, e.startOffset, e.endOffset)));
        }
        return elements;
    }

    /** A quote as an element of a collection: the article's global ID and the quote's offsets. */
    static String element(Long articleId, int start, int end) {
        return NodeId.of(Article.TYPE, articleId) + "@" + start + "-" + end;
    }

    void write(Evidence.Subject subject, Long subjectId, Located located) {
        Evidence e = new Evidence();
        e.articleId = located.articleId();
        e.quote = located.quote();
        e.startOffset = located.start();
        e.endOffset = located.start() + located.quote().length();
        subject.assign(e, subjectId);
        e.persist();
    }

    private Located locate(EvidenceRecord r, Where where) {
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
        return new Located(source.article().id, quote, start);
    }
}
