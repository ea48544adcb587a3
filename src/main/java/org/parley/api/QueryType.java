package org.parley.api;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.core.Cursor;
import org.parley.core.DateMatch;
import org.parley.core.Keyset;
import org.parley.core.NodeId;
import org.parley.core.NodeKinds;
import org.parley.core.PageRequest;
import org.parley.core.ParleyException;
import org.parley.core.Row;
import org.parley.core.Selected;
import org.parley.core.Slice;
import org.parley.core.SortDirection;
import org.parley.curation.AuditEntry;
import org.parley.curation.DatasetConflict;
import org.parley.curation.PastState;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.person.NameResolver;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.PositionFilter;
import org.parley.position.PositionGroupBy;
import org.parley.position.PositionKind;
import org.parley.position.PositionService;
import org.parley.position.PositionStats;
import org.parley.position.Topic;
import org.parley.position.TopicService;
import org.parley.source.Article;

/**
 * The GraphQL type {@code Query}: every root field. Each resolves its arguments (names,
 * IDs, pages) and hands the reading to the domain's service or finders.
 */
@GraphQLApi
public class QueryType {

    /** The kinds of fact a past read sets back: positions are filtered by their meetings' kind and place too. */
    private static final List<PastState.Kind<?>> FACTS = List.of(Meeting.PAST, Position.PAST, Office.PAST);

    static final String AS_OF_LIST = "List the facts as they stood at this time, UTC (\"what did we know on 1 March?\"): only those that existed then, each with its own fields as they were then — and the filter, order, cursors and `totalCount` apply to those values. Retracted means retracted by then. Names in the filter are resolved as they are now; a meeting has the participants it had then; evidence and the records a fact refers to (holder, meeting, topic) are read as they are now. A time before more than " + PastState.MAX_SET_BACK + " revisions of one kind of fact is QUERY_TOO_COMPLEX.";

    /** The most IDs one {@code nodes} call takes: a page's worth, as for connections. */
    static final int MAX_NODES = PageRequest.MAX_PAGE_SIZE;
    static final int MAX_CONFLICTS = 500;

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
    PositionStats stats;

    @Inject
    PastState past;

    @Inject
    Context context;

    @Query("node")
    @Description("Any object by its global ID. An ID that is well-formed but names nothing is a NOT_FOUND error; so is a retracted fact, or a part of one (a participant of a retracted meeting, the evidence of a retracted position), unless `includeRetracted: true`. An `AuditEntry` needs the editor role, like `auditLog`.")
    public @NonNull Node node(@NonNull @Id @Description("A global ID from any `id` field.") String id,
            @DefaultValue("false") @Description("Also fetch a fact a curator retracted, and its parts (NOT_FOUND by default).") boolean includeRetracted,
            @Description("Answer the fact (a Meeting, Position or Office) as it stood at this time, UTC, rebuilt from its revisions: NOT_FOUND when it did not exist yet; retracted only if it was by then; its own fields as they were. A meeting has the participants it had then; evidence and the records a fact refers to are read as they are now. Any other kind of object is BAD_USER_INPUT.") LocalDateTime asOf) {
        NodeId ref = NodeId.parse(id, "id");
        nodeKinds.requireReadable(nodeKinds.kind(ref, id, "id"));
        Row row = nodeKinds.find(ref, id, "id");
        if (asOf != null) {
            row = asOf(row, ref.type(), asOf);
            if (row == null) {
                throw new ParleyException(org.parley.core.ErrorCode.NOT_FOUND, "The " + ref.type() + " '" + id
                        + "' did not exist yet at " + asOf, Map.of("argument", "asOf"));
            }
        }
        if (!includeRetracted && nodeKinds.hidden(ref, row)) {
            throw new ParleyException(org.parley.core.ErrorCode.NOT_FOUND, "The " + ref.type() + " '" + id
                    + "' was retracted, or belongs to a retracted fact; ask with includeRetracted: true to see it",
                    Map.of("argument", "id"));
        }
        Node node = (Node) nodeKinds.present(ref, row);
        return asOf != null && node instanceof MeetingType meeting ? meeting.asOf(asOf) : node;
    }

    /** A fact as it stood at {@code at} (null: not yet); BAD_USER_INPUT for an object without revisions of its fields. */
    private static Row asOf(Row row, String type, LocalDateTime at) {
        if (row instanceof Meeting m) {
            return Meeting.PAST.then(m, at);
        }
        if (row instanceof Position p) {
            return Position.PAST.then(p, at);
        }
        if (row instanceof Office o) {
            return Office.PAST.then(o, at);
        }
        throw ParleyException.badInput("asOf", "'asOf' reads a fact as it stood (a Meeting, a Position or an Office);"
                + " a " + type + " has no such history");
    }

    @Query("nodes")
    @Description("Objects by their global IDs, in the order given, one result per ID (repeats included): what `node(id:)` answers for each, except that an ID naming nothing, or a retracted fact or a part of one (unless `includeRetracted: true`), gives null instead of an error. At most " + MAX_NODES + " IDs (BAD_USER_INPUT above); a malformed ID is BAD_USER_INPUT. Read in one statement per kind of object, however many IDs. An `AuditEntry` ID needs the editor role for the whole call.")
    public @NonNull List<Node> nodes(
            // [ID!]! in the schema: GraphQLSetup retypes it (SmallRye's @Id does not work on a list)
            @NonNull @Description("Global IDs from any `id` fields, at most " + MAX_NODES + ".") List<@NonNull String> ids,
            @DefaultValue("false") @Description("Also fetch facts a curator retracted, and their parts (null by default).") boolean includeRetracted) {
        if (ids.size() > MAX_NODES) {
            throw ParleyException.badInput("ids", "'ids' may name at most " + MAX_NODES + " objects, was " + ids.size());
        }
        List<NodeId> refs = ids.stream().map(id -> NodeId.parse(id, "ids")).toList();
        return nodeKinds.presentAll(refs, includeRetracted).stream().map(Node.class::cast).toList();
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
    @Description("Positions, filtered, searched and ordered, a page at a time. Give the filter either as `filter` (every field a dashboard filters on, and text search) or as the older separate arguments, not both; the order as `orderBy` or the older `order` (date order), not both.")
    public @NonNull PositionConnection positions(
            @Description("Which positions to keep. Cannot be combined with the separate filter arguments.") PositionFilterInput filter,
            @Description("The order (default: date, oldest first). Cannot be combined with `order`.") PositionOrderInput orderBy,
            @Description("Only positions of this person (name or alias). Also `filter.holder`.") String holder,
            @Description("Only positions taken on behalf of this organization (name or alias). Also `filter.organization`.") String organization,
            @Description("Only positions of this kind. Also `filter.kind`.") PositionKind kind,
            @Description("Only positions on this topic (its `slug`). Also `filter.topic`.") String topic,
            @Id @Description("Only positions taken at this meeting. Also `filter.meeting`.") String meeting,
            @Description("Only positions known to the day, on this day. Cannot be combined with `from`/`to`. Also `filter.on`.") LocalDate on,
            @Description("Only positions whose date period starts on or after this day. Also `filter.from`.") LocalDate from,
            @Description("Only positions whose date period ends on or before this day. Also `filter.to`.") LocalDate to,
            @DefaultValue("WITHIN") @Description("How `from`/`to` are matched: the whole date period inside the window (WITHIN), or sharing a day with it (OVERLAPS). Also `filter.match`.") DateMatch match,
            @DefaultValue("ASC") @Description("Date order; `orderBy` offers more orders.") SortDirection order,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER + " A cursor continues only the order it came from.") String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE + " A cursor continues only the order it came from.") String before,
            @DefaultValue("false") @Description("Also list positions a curator retracted (hidden by default). Also `filter.includeRetracted`.") boolean includeRetracted,
            @Description(AS_OF_LIST) LocalDateTime asOf) {
        PageRequest page = PageRequest.of(first, after, last, before, context);
        PositionFilterInput given = filter;
        if (given == null) {
            given = new PositionFilterInput();
            given.holder = holder;
            given.organization = organization;
            given.kind = kind;
            given.topic = topic;
            given.meeting = meeting;
            given.on = on;
            given.from = from;
            given.to = to;
            given.match = match;
            given.includeRetracted = includeRetracted;
        }
        String prefix = filter == null ? "" : "filter.";
        PositionOrderInput sort = ordering(orderBy, order, filter, PositionOrderInput::byDate);
        PositionFilter resolved = given.resolve(prefix, names, topicService);
        Supplier<Slice<Position>> read = () -> positions.page(resolved, sort.field(), sort.direction(), page, asOf);
        return new PositionConnection((asOf == null ? read.get() : past.read(asOf, FACTS, read)).map(PositionType::new));
    }

    @Query("positionStats")
    @Description("How many positions there are per group (holder, month, kind, status, topic ...): one grouped count, for dashboards (\"commitments per leader per month\"). Without `groupBy`, one group counts every position the filter keeps.")
    public @NonNull PositionStatsType positionStats(
            @Description("Which positions to count (as `positions(filter:)`).") PositionFilterInput filter,
            @DefaultValue("[]") @Description("The keys to group by, each at most once; groups are the combinations that occur. None (or null): one group of all the positions the filter keeps.") List<@NonNull PositionGroupBy> groupBy,
            @DefaultValue("" + PageRequest.MAX_PAGE_SIZE) @Description("Most groups returned, the largest first: 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first) {
        if (first == null || first < 0 || first > PageRequest.MAX_PAGE_SIZE) {
            throw ParleyException.badInput("first", "'first' must be between 0 and " + PageRequest.MAX_PAGE_SIZE + ", was " + first);
        }
        List<PositionGroupBy> keys = groupBy == null ? List.of() : groupBy;
        if (new HashSet<>(keys).size() < keys.size()) {
            throw ParleyException.badInput("groupBy", "'groupBy' names a key twice: " + groupBy);
        }
        PositionFilter resolved = (filter == null ? new PositionFilterInput() : filter).resolve("filter.", names, topicService);
        return new PositionStatsType(stats.count(resolved, keys, first));
    }

    @Query("meetings")
    @Description("Meetings, filtered, searched and ordered, a page at a time. Give the filter either as `filter` or as the older separate arguments, not both; the order as `orderBy` or the older `order` (date order, undated ones last), not both.")
    public @NonNull MeetingConnection meetings(
            @Description("Which meetings to keep. Cannot be combined with the separate filter arguments.") MeetingFilterInput filter,
            @Description("The order (default: date, oldest first, undated last). Cannot be combined with `order`.") MeetingOrderInput orderBy,
            @Description("Only meetings this person took part in (name or alias). Also `filter.participant`.") String participant,
            @Description("Only meetings this organization took part in, as a delegation or through a participant acting on its behalf (name or alias). Also `filter.organization`.") String organization,
            @Description("Only meetings with this status. Also `filter.status`.") MeetingStatus status,
            @Description("Only meetings of this kind. Also `filter.kind`.") MeetingKind kind,
            @Description("Only meetings whose date period starts on or after this day. Also `filter.from`.") LocalDate from,
            @Description("Only meetings whose date period ends on or before this day. Also `filter.to`.") LocalDate to,
            @DefaultValue("WITHIN") @Description("How `from`/`to` are matched: the whole date period inside the window (WITHIN), or sharing a day with it (OVERLAPS). Also `filter.match`.") DateMatch match,
            @DefaultValue("ASC") @Description("Date order; `orderBy` offers more orders.") SortDirection order,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER + " A cursor continues only the order it came from.") String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE + " A cursor continues only the order it came from.") String before,
            @DefaultValue("false") @Description("Also list meetings a curator retracted (hidden by default). Also `filter.includeRetracted`.") boolean includeRetracted,
            @Description(AS_OF_LIST) LocalDateTime asOf) {
        PageRequest page = PageRequest.of(first, after, last, before, context);
        MeetingFilterInput given = filter;
        if (given == null) {
            given = new MeetingFilterInput();
            given.participant = participant;
            given.organization = organization;
            given.status = status;
            given.kind = kind;
            given.from = from;
            given.to = to;
            given.match = match;
            given.includeRetracted = includeRetracted;
        }
        MeetingOrderInput sort = ordering(orderBy, order, filter, MeetingOrderInput::byDate);
        MeetingFilter resolved = given.resolve(filter == null ? "" : "filter.", names);
        Supplier<Slice<Meeting>> read = () -> meetings.page(resolved, sort.field(), sort.direction(), page, asOf);
        if (asOf != null) {
            return new MeetingConnection(past.read(asOf, FACTS, read).map(m -> new MeetingType(m, asOf)));
        }
        Slice<MeetingType> slice = read.get().map(MeetingType::new);
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        MeetingType.participantsAhead(slice.nodes(), Selected.of(env == null ? null : env.getSelectionSet()));
        return new MeetingConnection(slice);
    }

    /** Arguments of a list written in the query, besides these (which may be combined with anything). */
    private static final Set<String> PAGING = Set.of("filter", "orderBy", "first", "after", "last", "before", "order", "asOf");

    /**
     * The order of a list from {@code orderBy}, or from the older {@code order} (date order); refuses
     * both written at once, and {@code filter} beside the older separate filter arguments.
     */
    private <O> O ordering(O orderBy, SortDirection order, Object filter, java.util.function.Function<SortDirection, O> byDate) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        Set<String> written = new HashSet<>();
        if (env != null) {
            env.getField().getArguments().forEach(a -> written.add(a.getName()));
        }
        if (orderBy != null && written.contains("order")) {
            throw ParleyException.badInput("orderBy", "Give the order either as 'orderBy' or as 'order', not both");
        }
        if (filter != null) {
            written.removeAll(PAGING);
            if (!written.isEmpty()) {
                throw ParleyException.badInput("filter", "Give the filter either as 'filter' or as separate arguments, not both ("
                        + String.join(", ", new java.util.TreeSet<>(written)) + ")");
            }
        }
        if (orderBy != null) {
            return orderBy;
        }
        return byDate.apply(order);
    }

    @Query("person")
    @Description("The person known by this name, family name or alias, ignoring case and diacritics (\"putin\" and \"poetin\" find Vladimir Putin); when none matches exactly, by a transliteration of one (\"Zelenski\" finds Volodymyr Zelenskyy). An unknown name is a NOT_FOUND error, an ambiguous one AMBIGUOUS_NAME listing the candidates. For near misses use `people(search:)`.")
    public @NonNull PersonType person(@NonNull @Description("Canonical name, family name, any alias, or a transliteration of one.") String name) {
        return new PersonType(names.person(name, "name"));
    }

    @Query("people")
    @Description("People in name order; with `search`, those whose name, family name or an alias contains it or is similar to it (trigram similarity at least 0.3), best match first, then by name.")
    public @NonNull PersonConnection people(
            @Description("What a search box got: part of a name or a near miss (\"Zelenksy\"), ignoring case and diacritics. A ranked search pages forward only (`first`/`after`).") String search,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        return new PersonConnection(Person.page(search, PageRequest.of(first, after, last, before)).map(PersonType::new));
    }

    @Query("organizations")
    @Description("Organizations in name order, optionally of one kind; with `search`, those whose name or an alias contains it or is similar to it (trigram similarity at least 0.3), best match first, then by name.")
    public @NonNull OrganizationConnection organizations(
            @Description("What a search box got: part of a name or alias, or a near miss, ignoring case and diacritics (\"navo\").") String search,
            @Description("Only organizations of this kind.") OrganizationKind kind,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        return new OrganizationConnection(Organization.page(search, kind, PageRequest.of(first, after, last, before))
                .map(OrganizationType::new));
    }

    @Query("topics")
    @Description("The controlled list of topics, by name.")
    public @NonNull TopicConnection topics(
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        List<Topic> rows = Keyset.byName("t.name", "t.id").page(Topic.class, "t", page);
        return new TopicConnection(Slice.of(rows, page, Topic.count(), t -> new Cursor(t.name, t.id), TopicType::new));
    }

    @Query("articles")
    @Description("The source articles, in the order they were added.")
    public @NonNull ArticleConnection articles(
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        List<Article> rows = Keyset.byId("a.id", SortDirection.ASC).page(Article.class, "a", page);
        return new ArticleConnection(Slice.of(rows, page, Article.count(), a -> new Cursor(null, a.id), ArticleType::new));
    }

    @Query("datasetConflicts")
    @RolesAllowed("editor")
    @Description("Fields a dataset reload did not change because a curator had changed them through the API, newest first: which record, which field, the file's value and the value kept. Editors only, like `auditLog`. At most 500; a conflict stays listed until a dataset load finds the file and the record agree.")
    public @NonNull List<@NonNull DatasetConflictType> datasetConflicts() {
        return DatasetConflict.<DatasetConflict>find("order by id desc").page(0, MAX_CONFLICTS).list().stream()
                .map(DatasetConflictType::new).toList();
    }

    @Query("auditLog")
    @RolesAllowed("editor")
    @Description("Every change made through the API, newest first. Editors only: it names the curators.")
    public @NonNull AuditEntryConnection auditLog(
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        List<AuditEntry> rows = Keyset.byId("e.id", SortDirection.DESC).page(AuditEntry.class, "e", page);
        return new AuditEntryConnection(Slice.of(rows, page, AuditEntry.count(), e -> new Cursor(null, e.id),
                AuditEntryType::new));
    }
}
