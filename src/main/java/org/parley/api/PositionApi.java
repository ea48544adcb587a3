package org.parley.api;

import org.parley.core.Cursor;
import org.parley.position.Position;
import org.parley.position.PositionFilter;
import org.parley.position.PositionKind;
import org.parley.position.PositionService;
import org.parley.position.TopicService;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.core.DateRange;
import org.parley.core.NodeId;
import org.parley.core.PageRequest;
import org.parley.core.SortDirection;
import org.parley.person.NameResolver;

@GraphQLApi
public class PositionApi {

    @Inject
    PositionService positions;

    @Inject
    NameResolver names;

    @Inject
    Context context;

    @Inject
    TopicService topics;

    @Query("commitments")
    @Description("Every commitment the leader made on that day, known to the day. Commitments known only to the month are not returned here; find them with `positions(holder:, kind: COMMITMENT, from:, to:)`.")
    public @NonNull List<@NonNull PositionNode> commitments(
            @NonNull @Description("Canonical name or any alias, ignoring case and diacritics (\"Trump\", \"poetin\").") String leader,
            @NonNull @Description("The day, e.g. `2025-02-27`.") LocalDate on) {
        return positions.commitmentsOn(names.person(leader, "leader").id, on);
    }

    @Query("positions")
    @Description("Positions, filtered, in date order, a page at a time.")
    public @NonNull PositionConnection positions(
            @Description("Only positions of this person (name or alias).") String holder,
            @Description("Only positions taken on behalf of this organization (name or alias).") String organization,
            @Description("Only positions of this kind.") PositionKind kind,
            @Description("Only positions on this topic (its `slug`).") String topic,
            @Id @Description("Only positions taken at this meeting.") String meeting,
            @Description("Only positions known to the day, on this day. Cannot be combined with `from`/`to`.") LocalDate on,
            @Description("Only positions whose date period starts on or after this day.") LocalDate from,
            @Description("Only positions whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts (`pageInfo.endCursor`).") String after,
            @DefaultValue("false") @Description("Also list positions a curator retracted (hidden by default).") boolean includeRetracted) {
        PageRequest page = PageRequest.of(first, after, context);
        PositionFilter filter = new PositionFilter(
                holder == null ? null : names.person(holder, "holder").id,
                organization == null ? null : names.organization(organization, "organization").id,
                kind,
                topic == null ? null : topics.bySlug(topic, "topic").id,
                meeting == null ? null : NodeId.parse(meeting, MeetingNode.TYPE, "meeting"),
                DateRange.of(on, from, to), includeRetracted);
        return new PositionConnection(positions.page(filter, order, page));
    }

    @Name("positions")
    @Description("Positions this person took, in date order, a page at a time.")
    public List<@NonNull PositionConnection> personPositions(@Source List<PersonNode> people,
            @Description("Only positions of this kind.") PositionKind kind,
            @Description("Only positions known to the day, on this day.") LocalDate on,
            @Description("Only positions whose date period starts on or after this day.") LocalDate from,
            @Description("Only positions whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after, context);
        PositionFilter filter = new PositionFilter(null, null, kind, null, null, DateRange.of(on, from, to));
        Map<Long, org.parley.core.Slice<PositionNode>> pages = positions.pagesByHolder(
                Batch.ids(people, PersonNode::databaseId), filter, order, page);
        return people.stream().map(p -> new PositionConnection(pages.get(p.databaseId()))).toList();
    }

    @Name("positions")
    @Description("Positions taken at this meeting, in date order.")
    public List<@NonNull List<@NonNull PositionNode>> meetingPositions(@Source List<MeetingNode> meetings) {
        return Batch.many(meetings, m -> m.entity().id,
                ids -> Position.list("meetingId in ?1 and retractedAt is null order by date.date, id", ids),
                p -> p.meetingId, PositionNode::new);
    }
}
