package org.parley.api;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.ChangeFeed;
import org.parley.core.ChangeKind;
import org.parley.core.NodeId;
import org.parley.core.NodeKinds;
import org.parley.meeting.Meeting;
import org.parley.person.NameResolver;
import org.parley.position.Position;
import org.parley.position.PositionKind;

/**
 * The GraphQL type {@code Subscription}: every root field. Each names the changes it wants; the
 * {@link ChangeFeed} of this replica delivers the committed ones, from every replica, and each
 * event is the same object a query returns, with whatever nested fields the subscription selects.
 */
@GraphQLApi
public class SubscriptionType {

    @Inject
    ChangeFeed feed;

    @Inject
    NameResolver names;

    @Inject
    NodeKinds nodeKinds;

    @io.smallrye.graphql.api.Subscription("positionRecorded")
    @Description("Each position recorded from now on, once its transaction has committed (on any replica). An unknown or ambiguous `holder` is an error at once.")
    public Multi<@NonNull PositionType> positionRecorded(
            @Description("Only positions of this person (name or alias).") String holder,
            @Description("Only positions of this kind.") PositionKind kind) {
        Long holderId = holder == null ? null : names.person(holder, "holder").id;
        return feed.changes(ChangeKind.POSITION_RECORDED, row -> row instanceof Position p
                && (holderId == null || holderId.equals(p.holderId)) && (kind == null || kind == p.kind))
                .map(changed -> new PositionType((Position) changed.row()));
    }

    @io.smallrye.graphql.api.Subscription("commitmentStatusChanged")
    @Description("Each commitment whose status changes from now on (MADE to KEPT, BROKEN or WITHDRAWN), with its new `status` and `statusHistory`.")
    public Multi<@NonNull PositionType> commitmentStatusChanged(
            @Description("Only commitments of this person (name or alias).") String holder) {
        Long holderId = holder == null ? null : names.person(holder, "holder").id;
        return feed.changes(ChangeKind.COMMITMENT_STATUS_CHANGED, row -> row instanceof Position p
                && (holderId == null || holderId.equals(p.holderId)))
                .map(changed -> new PositionType((Position) changed.row()));
    }

    @io.smallrye.graphql.api.Subscription("meetingChanged")
    @Description("Each meeting created or changed from now on: its details, status (a cancellation) or participants.")
    public Multi<@NonNull MeetingType> meetingChanged(
            @Id @Description("Only this meeting (its global ID); a well-formed ID that names nothing is NOT_FOUND.") String id) {
        Long meetingId = null;
        if (id != null) {
            meetingId = NodeId.parse(id, Meeting.TYPE, "id");
            nodeKinds.find(NodeId.parse(id, "id"), id, "id");
        }
        Long wanted = meetingId;
        return feed.changes(ChangeKind.MEETING_CHANGED, row -> row instanceof Meeting m
                && (wanted == null || wanted.equals(m.id)))
                .map(changed -> new MeetingType((Meeting) changed.row()));
    }

    @io.smallrye.graphql.api.Subscription("factRetracted")
    @Description("Each fact (meeting, office, position) retracted from now on, with `retracted`, `retractedAt` and `retractionReason` set.")
    public Multi<@NonNull Node> factRetracted() {
        return feed.changes(ChangeKind.FACT_RETRACTED, row -> true)
                .map(changed -> (Node) nodeKinds.present(changed.id(), changed.row()));
    }

}
