package org.parley.api;

import org.parley.core.Ahead;
import org.parley.source.Evidence;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.core.Fact;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.eclipse.microprofile.graphql.Id;
import org.parley.source.Article;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL type {@code Evidence}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Evidence")
@Name("Evidence")
@Description("A verbatim quote from an article that backs a fact.")
public class EvidenceType implements Node {

    private final Evidence evidence;

    /** Nested fields fetched ahead with this one (see CommitmentsView). */
    private final Ahead ahead = new Ahead();

    /** The description of every fact's {@code evidence} field, which each fact type resolves with {@link #of}. */
    static final String FIELD_DESCRIPTION = "The quotes that back this fact, each with its article and offsets.";

    EvidenceType() {
        this(new Evidence());
    }

    public EvidenceType(Evidence evidence) {
        this.evidence = evidence;
    }

    /** Hidden from default reads with the fact it backs (whichever of the five kinds that is). */
    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Evidence.TYPE, Evidence.class, EvidenceType::new).standingWhen(
                "(x.meetingId is null or x.meetingId in " + Fact.standingIds("Meeting") + ")"
                + " and (x.officeId is null or x.officeId in " + Fact.standingIds("Office") + ")"
                + " and (x.positionId is null or x.positionId in " + Fact.standingIds("Position") + ")"
                + " and (x.attendanceId is null or x.attendanceId in (select a.id from Attendance a"
                + " where a.meetingId in " + Fact.standingIds("Meeting") + "))"
                + " and (x.statusChangeId is null or x.statusChangeId in (select c.id from CommitmentStatusChange c"
                + " where c.positionId in " + Fact.standingIds("Position") + "))");
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID of this quote (one quote backing one fact).")
    public String getId() {
        return NodeId.of(Evidence.TYPE, evidence.id);
    }

    @Ignore
    public Long articleId() {
        return evidence.articleId;
    }

    @NonNull
    @Description("The quote, exactly as printed (Dutch for the founding articles).")
    public String getQuote() {
        return evidence.quote;
    }

    @NonNull
    @Description("Offset of the quote's first character in the article `text`.")
    public int getStartOffset() {
        return evidence.startOffset;
    }

    @NonNull
    @Description("Offset just past the quote's last character: `text.substring(startOffset, endOffset) == quote`.")
    public int getEndOffset() {
        return evidence.endOffset;
    }

    @Name("article")
    @Description("The article the quote is from.")
    public List<@NonNull ArticleType> article(@Source List<EvidenceType> evidence) {
        List<ArticleType> ahead = Ahead.of(evidence, EvidenceType::ahead, "article");
        if (ahead != null) {
            return ahead;
        }
        return Batch.one(evidence, EvidenceType::articleId, Article::byIds, a -> a.id, ArticleType::new);
    }

    /** The evidence of each parent fact of one kind, in one statement. */
    static <P> List<List<EvidenceType>> of(List<P> parents, Function<P, Long> idOf, Evidence.Subject subject) {
        return Batch.many(parents, idOf, (Collection<Long> ids) -> Evidence.forSubjects(subject, ids),
                subject::idOf, EvidenceType::new);
    }

    @Ignore
    public Ahead ahead() {
        return ahead;
    }
}
