package org.parley.source;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.YearMonth;
import org.parley.curation.AuditLog;
import org.parley.core.ParleyException;

/** Adds source articles through the API; the same text is never stored twice. */
@ApplicationScoped
public class ArticleCuration {

    @Inject
    AuditLog audit;

    @Inject
    org.parley.core.InputCheck checks;

    @Transactional
    public Article add(AddArticleInput input) {
        checks.valid(input, "input");
        YearMonth month;
        try {
            month = YearMonth.parse(input.publishedMonth);
            org.parley.core.PartialDate.requireYearFromOne(month.getYear(), input.publishedMonth);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw ParleyException.badField("publishedMonth", "Impossible month '" + input.publishedMonth + "'");
        }
        return store(input.title, input.language, input.outlet, new ArticleText(month.atDay(1), input.text), "addArticle");
    }

    @Transactional
    public Article importSeed(ImportArticleInput input) {
        checks.valid(input, "input");
        ArticleText text;
        try {
            text = ArticleText.parse(input.seedText);
        } catch (IllegalArgumentException e) {
            throw ParleyException.badField("seedText", "The seed text is not in the seed format: " + e.getMessage());
        }
        if (text.body().isBlank()) {
            throw ParleyException.badField("seedText", "The seed text has a header but no body");
        }
        return store(input.title, input.language, input.outlet, text, "importArticle");
    }

    private Article store(String title, String language, String outlet, ArticleText text, String action) {
        String hash = text.contentHash();
        if (Article.count("contentHash", hash) > 0) {
            throw ParleyException.conflict("An article with exactly this text exists already");
        }
        Article article = new Article();
        article.title = title;
        article.language = language;
        article.outlet = outlet;
        article.publishedMonth = text.publishedMonth();
        article.body = text.body();
        article.contentHash = hash;
        article.persist();
        audit.record(action, Article.TYPE, article.id, title);
        return article;
    }
}
