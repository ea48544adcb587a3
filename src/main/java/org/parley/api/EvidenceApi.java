package org.parley.api;

import org.parley.source.Article;
import org.parley.source.Evidence;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;

/** The `evidence` field of every fact, and the article behind each quote. */
@GraphQLApi
public class EvidenceApi {

    private static final String EVIDENCE = "The quotes that back this fact, each with its article and offsets.";

    @Name("evidence")
    @Description(EVIDENCE)
    public List<@NonNull List<@NonNull EvidenceNode>> meetingEvidence(@Source List<MeetingNode> meetings) {
        return of(meetings, m -> m.entity().id, Evidence.Subject.MEETING);
    }

    @Name("evidence")
    @Description(EVIDENCE)
    public List<@NonNull List<@NonNull EvidenceNode>> participantEvidence(@Source List<ParticipantNode> participants) {
        return of(participants, p -> p.entity().id, Evidence.Subject.ATTENDANCE);
    }

    @Name("evidence")
    @Description(EVIDENCE)
    public List<@NonNull List<@NonNull EvidenceNode>> officeEvidence(@Source List<OfficeNode> offices) {
        return of(offices, o -> o.entity().id, Evidence.Subject.OFFICE);
    }

    @Name("evidence")
    @Description(EVIDENCE)
    public List<@NonNull List<@NonNull EvidenceNode>> positionEvidence(@Source List<PositionNode> positions) {
        return of(positions, p -> p.entity().id, Evidence.Subject.POSITION);
    }

    @Name("evidence")
    @Description("The quotes that report this change of status, each with its article and offsets.")
    public List<@NonNull List<@NonNull EvidenceNode>> statusChangeEvidence(
            @Source List<org.parley.api.CommitmentStatusChangeNode> changes) {
        return of(changes, c -> c.entity().id, Evidence.Subject.STATUS_CHANGE);
    }

    @Name("article")
    @Description("The article the quote is from.")
    public List<@NonNull ArticleNode> article(@Source List<EvidenceNode> evidence) {
        return Batch.one(evidence, EvidenceNode::articleId, ids -> Article.list("id in ?1", ids),
                a -> a.id, ArticleNode::new);
    }

    private static <P> List<List<EvidenceNode>> of(List<P> parents, Function<P, Long> idOf, Evidence.Subject subject) {
        return Batch.many(parents, idOf, (Collection<Long> ids) -> Evidence.forSubjects(subject, ids),
                subject::idOf, EvidenceNode::new);
    }
}
