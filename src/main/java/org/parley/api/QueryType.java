package org.parley.api;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.core.Cursor;
import org.parley.core.DateMatch;
import org.parley.core.DateRange;
import org.parley.core.Fact;
import org.parley.core.NodeId;
import org.parley.core.NodeKinds;
import org.parley.core.PageRequest;
import org.parley.core.ParleyException;
import org.parley.core.Row;
import org.parley.core.Slice;
import org.parley.core.SortDirection;
import org.parley.curation.AuditEntry;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.person.NameResolver;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;
import org.parley.position.PositionFilter;
import org.parley.position.PositionKind;
import org.parley.position.PositionService;
import org.parley.position.Topic;
import org.parley.position.TopicService;
import org.parley.source.Article;

/**
 * The GraphQL type {@code Query}: every root field. Each resolves its arguments (names,
 * IDs, pages) and hands the reading to the domain's service or finders.
 */
@GraphQLApi
public class QueryType {

    @Inject
    PositionService positions;

    @Inject
    MeetingService meetings;

    @Inject
    NameResolver names;

    @Inject
    TopicService topicService;

    @Inject
    NodeKinds nodeKinds;

    @Inject
    Context context;

    @Query("node")
    @Description("Any object by its global ID. An ID that is well-formed but names nothing is a NOT_FOUND error; so is a retracted fact unless `includeRetracted: true`.")
    public @NonNull Node node(@NonNull @Id @Description("A global ID from any `id` field.") String id,
            @DefaultValue("false") @Description("Also fetch a fact a curator retracted (NOT_FOUND by default).") boolean includeRetracted) {
        NodeId ref = NodeId.parse(id, "id");
        Row row = nodeKinds.find(ref, id, "id");
        if (!includeRetracted && row instanceof Fact fact && fact.isRetracted()) {
            throw new ParleyException(org.parley.core.ErrorCode.NOT_FOUND, "The " + ref.type() + " '" + id
                    + "' was retracted; ask with includeRetracted: true to see it", Map.of("argument", "id"));
        }
        return (Node) nodeKinds.present(ref, row);
    }

    @Query("commitments")
    @Description("Every commitment the leader made on that day, known to the day. Commitments known only to the month are not returned here; find them with `positions(holder:, kind: COMMITMENT, from:, to:)`.")
    public @NonNull List<@NonNull PositionType> commitments(
            @NonNull @Description("Canonical name or any alias, ignoring case and diacritics (\"Trump\", \"poetin\").") String leader,
            @NonNull @Description("The day, e.g. `2025-02-27`.") LocalDate on) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        return CommitmentsView.read(names.person(leader, "leader").id, on, env == null ? null : env.getSelectionSet());
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
            @DefaultValue("WITHIN") @Description("How `from`/`to` are matched: the whole date period inside the window (WITHIN), or sharing a day with it (OVERLAPS).") DateMatch match,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts (`pageInfo.endCursor`).") String after,
            @DefaultValue("false") @Description("Also list positions a curator retracted (hidden by default).") boolean includeRetracted) {
        PageRequest page = PageRequest.of(first, after, context);
        PositionFilter filter = new PositionFilter(
                holder == null ? null : names.person(holder, "holder").id,
                organization == null ? null : names.organization(organization, "organization").id,
                kind,
                topic == null ? null : topicService.bySlug(topic, "topic").id,
                meeting == null ? null : NodeId.parse(meeting, Meeting.TYPE, "meeting"),
                DateRange.of(on, from, to, match), includeRetracted);
        return new PositionConnection(positions.page(filter, order, page).map(PositionType::new));
    }

    @Query("meetings")
    @Description("Meetings, filtered, in date order (undated ones last), a page at a time.")
    public @NonNull MeetingConnection meetings(
            @Description("Only meetings this person took part in (name or alias).") String participant,
            @Description("Only meetings this organization took part in, as a delegation or through a participant acting on its behalf (name or alias).") String organization,
            @Description("Only meetings with this status.") MeetingStatus status,
            @Description("Only meetings of this kind.") MeetingKind kind,
            @Description("Only meetings whose date period starts on or after this day.") LocalDate from,
            @Description("Only meetings whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("WITHIN") @Description("How `from`/`to` are matched: the whole date period inside the window (WITHIN), or sharing a day with it (OVERLAPS).") DateMatch match,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts (`pageInfo.endCursor`).") String after,
            @DefaultValue("false") @Description("Also list meetings a curator retracted (hidden by default).") boolean includeRetracted) {
        PageRequest page = PageRequest.of(first, after, context);
        MeetingFilter filter = new MeetingFilter(
                participant == null ? null : names.person(participant, "participant").id,
                organization == null ? null : names.organization(organization, "organization").id,
                status, kind, DateRange.of(null, from, to, match), includeRetracted);
        return new MeetingConnection(meetings.page(filter, order, page).map(MeetingType::new));
    }

    @Query("person")
    @Description("The person known by this name, family name or alias, ignoring case and diacritics (\"putin\" and \"poetin\" find Vladimir Putin); when none matches exactly, by a transliteration of one (\"Zelenski\" finds Volodymyr Zelenskyy). An unknown name is a NOT_FOUND error, an ambiguous one AMBIGUOUS_NAME listing the candidates. For near misses use `people(search:)`.")
    public @NonNull PersonType person(@NonNull @Description("Canonical name, family name, any alias, or a transliteration of one.") String name) {
        return new PersonType(names.person(name, "name"));
    }

    @Query("people")
    @Description("People in name order; with `search`, those whose name, family name or an alias contains it or is similar to it (trigram similarity at least 0.3), best match first, then by name.")
    public @NonNull PersonConnection people(
            @Description("What a search box got: part of a name or a near miss (\"Zelenksy\"), ignoring case and diacritics.") String search,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new PersonConnection(Person.page(search, PageRequest.of(first, after)).map(PersonType::new));
    }

    @Query("organizations")
    @Description("Organizations in name order, optionally of one kind; with `search`, those whose name or an alias contains it or is similar to it (trigram similarity at least 0.3), best match first, then by name.")
    public @NonNull OrganizationConnection organizations(
            @Description("What a search box got: part of a name or alias, or a near miss, ignoring case and diacritics (\"navo\").") String search,
            @Description("Only organizations of this kind.") OrganizationKind kind,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new OrganizationConnection(Organization.page(search, kind, PageRequest.of(first, after))
                .map(OrganizationType::new));
    }

    @Query("topics")
    @Description("The controlled list of topics, by name.")
    public @NonNull TopicConnection topics(
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Cursor c = page.after();
        List<Topic> rows = c == null
                ? Topic.<Topic>find("order by name, id").range(0, page.fetchSize() - 1).list()
                : Topic.<Topic>find("name > ?1 or (name = ?1 and id > ?2) order by name, id", c.sortKey(), c.id())
                        .range(0, page.fetchSize() - 1).list();
        return new TopicConnection(Slice.of(rows, page, Topic.count(), t -> new Cursor(t.name, t.id), TopicType::new));
    }

    @Query("articles")
    @Description("The source articles, in the order they were added.")
    public @NonNull ArticleConnection articles(
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        long afterId = page.after() == null ? Long.MIN_VALUE : page.after().id();
        List<Article> rows = Article.<Article>find("id > ?1 order by id", afterId).range(0, page.fetchSize() - 1).list();
        return new ArticleConnection(Slice.of(rows, page, Article.count(), a -> new Cursor(null, a.id), ArticleType::new));
    }

    @Query("auditLog")
    @RolesAllowed("editor")
    @Description("Every change made through the API, newest first. Editors only: it names the curators.")
    public @NonNull AuditEntryConnection auditLog(
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts (`pageInfo.endCursor`).") String after) {
        PageRequest page = PageRequest.of(first, after);
        long beforeId = page.after() == null ? Long.MAX_VALUE : page.after().id();
        List<AuditEntry> rows = AuditEntry.newestBefore(beforeId, page.fetchSize());
        return new AuditEntryConnection(Slice.of(rows, page, AuditEntry.count(), e -> new Cursor(null, e.id),
                AuditEntryType::new));
    }
}
