package org.parley.api;

import org.parley.source.Article;
import org.parley.source.Evidence;

import org.eclipse.microprofile.graphql.Id;
import java.time.YearMonth;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

@Type("Article")
@Name("Article")
@Description("A news article facts are traced to, with its full text.")
public class ArticleNode implements Node {

    public static final String TYPE = "Article";

    private final Article article;

    public ArticleNode(Article article) {
        this.article = article;
    }

    @Ignore
    public Long databaseId() {
        return article.id;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, article.id);
    }

    @NonNull
    @Description("Editorial title given by Parley's curators; the source texts carry no headline.")
    public String getTitle() {
        return article.title;
    }

    @NonNull
    @Description("ISO 639-1 language of the text (\"nl\").")
    public String getLanguage() {
        return article.language;
    }

    @Description("The outlet that published it, when known.")
    public String getOutlet() {
        return article.outlet;
    }

    @NonNull
    @Description("Publication month as given by the source, `YYYY-MM`.")
    public String getPublishedMonth() {
        return YearMonth.from(article.publishedMonth).toString();
    }

    @NonNull
    @Description("The full text. Evidence offsets index into this string (UTF-16 code units).")
    public String getText() {
        return article.body;
    }

    @NonNull
    @Description("SHA-256 of `text` (UTF-8), hex: identifies the exact text quoted.")
    public String getContentHash() {
        return article.contentHash;
    }
}
