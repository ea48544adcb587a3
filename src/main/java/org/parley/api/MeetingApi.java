package org.parley.api;

import org.parley.core.Cursor;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
import org.parley.core.DateRange;
import org.parley.core.PageRequest;
import org.parley.core.Slice;
import org.parley.core.SortDirection;
import org.parley.person.NameResolver;

@GraphQLApi
public class MeetingApi {

    @Inject
    MeetingService meetings;

    @Inject
    NameResolver names;

    @Inject
    Context context;

    @Query("meetings")
    @Description("Meetings, filtered, in date order (undated ones last), a page at a time.")
    public @NonNull MeetingConnection meetings(
            @Description("Only meetings this person took part in (name or alias).") String participant,
            @Description("Only meetings this organization took part in, as a delegation or through a participant acting on its behalf (name or alias).") String organization,
            @Description("Only meetings with this status.") MeetingStatus status,
            @Description("Only meetings of this kind.") MeetingKind kind,
            @Description("Only meetings whose date period starts on or after this day.") LocalDate from,
            @Description("Only meetings whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts (`pageInfo.endCursor`).") String after,
            @DefaultValue("false") @Description("Also list meetings a curator retracted (hidden by default).") boolean includeRetracted) {
        PageRequest page = PageRequest.of(first, after, context);
        MeetingFilter filter = new MeetingFilter(
                participant == null ? null : names.person(participant, "participant").id,
                organization == null ? null : names.organization(organization, "organization").id,
                status, kind, DateRange.of(null, from, to), includeRetracted);
        return new MeetingConnection(meetings.page(filter, order, page));
    }

    @Name("meetings")
    @Description("Meetings this person took part in, in date order, a page at a time.")
    public List<@NonNull MeetingConnection> personMeetings(@Source List<PersonNode> people,
            @Description("Only meetings with this status.") MeetingStatus status,
            @Description("Only meetings whose date period starts on or after this day.") LocalDate from,
            @Description("Only meetings whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after, context);
        MeetingFilter filter = new MeetingFilter(null, null, status, null, DateRange.of(null, from, to));
        Map<Long, Slice<MeetingNode>> pages = meetings.pagesByParticipant(
                Batch.ids(people, PersonNode::databaseId), filter, order, page);
        return people.stream().map(p -> new MeetingConnection(pages.get(p.databaseId()))).toList();
    }

    @Name("participants")
    @Description("Everyone who took part, hosts first as recorded.")
    public List<@NonNull List<@NonNull ParticipantNode>> participants(@Source List<MeetingNode> meetingNodes) {
        Map<Long, Meeting> byId = new java.util.HashMap<>();
        meetingNodes.forEach(m -> byId.put(m.entity().id, m.entity()));
        return Batch.many(meetingNodes, m -> m.entity().id, Attendance::ofMeetings, a -> a.meetingId,
                a -> new ParticipantNode(a, byId.get(a.meetingId)));
    }
}
