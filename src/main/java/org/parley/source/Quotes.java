package org.parley.source;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.core.NodeId;
import org.parley.core.ParleyException;

/** Stores evidence given through the API: each quote must occur verbatim in its article. */
@ApplicationScoped
public class Quotes {

    /**
     * Checks every quote and attaches it to the subject.
     *
     * @param field the input field holding the list, for error paths ("evidence")
     * @throws ParleyException BAD_USER_INPUT naming the quote that is missing or not found
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Evidence.Subject subject, Long subjectId, List<EvidenceInput> quotes, String field) {
        if (quotes == null || quotes.isEmpty()) {
            throw ParleyException.badField(field, "'" + field + "' needs at least one quote from an article");
        }
        for (int i = 0; i < quotes.size(); i++) {
            attach(subject, subjectId, quotes.get(i), field + "[" + i + "]");
        }
    }

    private void attach(Evidence.Subject subject, Long subjectId, EvidenceInput input, String where) {
        if (input == null) {
            throw ParleyException.badField(where, "'" + where + "' must not be null");
        }
        long articleId = NodeId.parseField(input.article, Article.TYPE, where + ".article");
        Article article = Article.findById(articleId);
        if (article == null) {
            throw new ParleyException(org.parley.core.ErrorCode.NOT_FOUND,
                    "No article has the ID '" + input.article + "'", java.util.Map.of("field", where + ".article"));
        }
        int occurrence = input.occurrence == null ? 1 : input.occurrence;
        int start = new ArticleText(article.publishedMonth, article.body).offsetOf(input.quote, occurrence);
        if (start < 0) {
            throw ParleyException.badField(where + ".quote", "The quote does not occur verbatim in the article"
                    + (occurrence > 1 ? " (occurrence " + occurrence + ")" : ""));
        }
        Evidence e = new Evidence();
        e.articleId = article.id;
        e.quote = input.quote;
        e.startOffset = start;
        e.endOffset = start + input.quote.length();
        subject.assign(e, subjectId);
        e.persist();
    }
}
