package org.parley.api;

import org.parley.meeting.Attendance;
import org.parley.source.Article;
import org.parley.source.Evidence;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.core.Cursor;
import org.parley.core.Hql;
import org.parley.core.PageRequest;
import org.parley.core.Slice;
import org.parley.meeting.Meeting;
import org.parley.position.Position;

@GraphQLApi
public class ArticleApi {

    @Query("articles")
    @Description("The source articles, in the order they were added.")
    public @NonNull ArticleConnection articles(
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        long afterId = page.after() == null ? Long.MIN_VALUE : page.after().id();
        List<Article> rows = Article.<Article>find("id > ?1 order by id", afterId).range(0, page.fetchSize() - 1).list();
        return new ArticleConnection(Slice.of(rows, page, Article.count(), a -> new Cursor(null, a.id), ArticleNode::new));
    }

    @Name("meetings")
    @Description("Meetings this article is evidence for (through the meeting or one of its participants), in date order.")
    public List<@NonNull List<@NonNull MeetingNode>> meetings(@Source List<ArticleNode> articles) {
        return Batch.many(articles, ArticleNode::databaseId, ids -> Hql.rows("""
                select distinct e.articleId, m from Meeting m, Evidence e
                where e.articleId in :ids and (e.meetingId = m.id
                   or e.attendanceId in (select a.id from Attendance a where a.meetingId = m.id))
                order by m.date.date, m.id""", Map.of("ids", ids)),
                row -> (Long) row[0], row -> new MeetingNode((Meeting) row[1]));
    }

    @Name("positions")
    @Description("Positions this article is evidence for, in date order.")
    public List<@NonNull List<@NonNull PositionNode>> positions(@Source List<ArticleNode> articles) {
        return Batch.many(articles, ArticleNode::databaseId, ids -> Hql.rows("""
                select distinct e.articleId, p from Position p, Evidence e
                where e.articleId in :ids and e.positionId = p.id and p.retractedAt is null order by p.date.date, p.id""", Map.of("ids", ids)),
                row -> (Long) row[0], row -> new PositionNode((Position) row[1]));
    }
}
