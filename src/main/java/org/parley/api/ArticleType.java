package org.parley.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.Batch;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.parley.core.PageRequest;
import org.parley.meeting.Meeting;
import org.parley.position.Position;
import org.parley.source.Article;
import org.parley.source.Evidence;

/** The GraphQL type {@code Article}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Article")
@Name("Article")
@Description("A news article facts are traced to, with its full text.")
public class ArticleType implements Node {

    private final Article article;

    @Inject
    History revisions;

    ArticleType() {
        this(new Article());
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Article.TYPE, Article.class, ArticleType::new);
    }

    public ArticleType(Article article) {
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
        return NodeId.of(Article.TYPE, article.id);
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
        if (article.body == null) {
            // read ahead without its body (CommitmentsView) and asked for it after all
            article.body = Article.bodyOf(article.id);
        }
        return article.body;
    }

    @NonNull
    @Description("SHA-256 of `text` (UTF-8), hex: identifies the exact text quoted.")
    public String getContentHash() {
        return article.contentHash;
    }

    @Name("meetings")
    @Description("Meetings this article is evidence for (through the meeting or one of its participants), in date order (retracted ones left out).")
    public List<@NonNull List<@NonNull MeetingType>> meetings(@Source List<ArticleType> articles) {
        return Batch.many(articles, ArticleType::databaseId, Meeting::standingInArticles, row -> (Long) row[0],
                row -> new MeetingType((Meeting) row[1]));
    }

    @Name("positions")
    @Description("Positions this article is evidence for, in date order (retracted ones left out).")
    public List<@NonNull List<@NonNull PositionType>> positions(@Source List<ArticleType> articles) {
        return Batch.many(articles, ArticleType::databaseId, Position::standingInArticles, row -> (Long) row[0],
                row -> new PositionType((Position) row[1]));
    }

    @Name("history")
    @Description(History.RECORD_DESCRIPTION)
    public List<@NonNull AuditEntryConnection> history(@Source List<ArticleType> articles,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        return revisions.of(Article.TYPE, articles.stream().map(r -> r.article.id).toList(), first, after);
    }
}
