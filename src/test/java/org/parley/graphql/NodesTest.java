package org.parley.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;

/**
 * The types that got a global ID for client caches (Participant, Evidence,
 * CommitmentStatusChange, PositionLink, AuditEntry) resolve through {@code node(id:)} and
 * {@code nodes(ids:)}, under the same retraction rule as facts, and the audit log for editors only.
 */
@QuarkusTest
class NodesTest {

    static final String NODE = """
            query ($id: ID!, $all: Boolean!) { node(id: $id, includeRetracted: $all) { __typename id
              ... on Participant { role person { name } }
              ... on Evidence { quote article { id } }
              ... on CommitmentStatusChange { from to }
              ... on PositionLink { kind earlier { id } later { id } }
              ... on AuditEntry { action subjectId } } }""";
    static final String NODES = """
            query ($ids: [ID!]!, $all: Boolean) { nodes(ids: $ids, includeRetracted: $all) { __typename id } }""";
    static final String RETRACT = "mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }";

    @Inject
    SessionFactory sessionFactory;

    /** What one test run created: every new kind of ID, with its parts' parents. */
    record Created(String meeting, String participant, String meetingEvidence, String earlier, String later,
            String earlierEvidence, String link, String statusChange, String audit) {
    }

    @Test
    void eachNewKindOfIdResolvesAndHidesWithTheFactItBelongsTo() {
        Created c = create();
        JsonPath participant = node(c.participant(), false);
        assertEquals("Participant", participant.getString("node.__typename"));
        assertEquals("Mark Rutte", participant.getString("node.person.name"));
        assertEquals("GUEST", participant.getString("node.role"));
        assertEquals("Evidence", node(c.meetingEvidence(), false).getString("node.__typename"));
        JsonPath link = node(c.link(), false);
        assertEquals("SUPERSEDES", link.getString("node.kind"));
        assertEquals(c.earlier(), link.getString("node.earlier.id"));
        assertEquals(c.later(), link.getString("node.later.id"));
        JsonPath change = node(c.statusChange(), false);
        assertEquals("MADE", change.getString("node.from"));
        assertEquals("KEPT", change.getString("node.to"));
        for (String id : List.of(c.participant(), c.meetingEvidence(), c.link(), c.statusChange(), c.earlierEvidence())) {
            assertEquals(id, node(id, false).getString("node.id"));
        }

        // Retracting the earlier position hides its evidence and the link, not the later position's history
        GraphQL.data(RETRACT, Map.of("input", Map.of("id", c.earlier(), "reason", "test")), TestTokens.editor());
        GraphQL.data(RETRACT, Map.of("input", Map.of("id", c.meeting(), "reason", "test")), TestTokens.editor());
        for (String hidden : List.of(c.link(), c.earlierEvidence(), c.participant(), c.meetingEvidence())) {
            JsonPath refused = GraphQL.failing(NODE, Map.of("id", hidden, "all", false));
            assertEquals("NOT_FOUND", refused.getString("errors[0].extensions.code"), hidden);
            assertTrue(refused.getString("errors[0].message").contains("includeRetracted"), hidden);
            assertEquals(hidden, node(hidden, true).getString("node.id"));
        }
        assertEquals(c.statusChange(), node(c.statusChange(), false).getString("node.id"));

        List<String> ids = List.of(c.link(), c.statusChange(), c.participant(), c.later());
        assertEquals(Arrays.asList(null, c.statusChange(), null, c.later()),
                field(GraphQL.data(NODES, Map.of("ids", ids)), "id"));
        assertEquals(ids, field(GraphQL.data(NODES, Map.of("ids", ids, "all", true)), "id"));
    }

    @Test
    void anAuditEntryIsForEditorsOnlyByIdToo() {
        Created c = create();
        JsonPath entry = GraphQL.data(NODE, Map.of("id", c.audit(), "all", false), TestTokens.editor());
        assertEquals("AuditEntry", entry.getString("node.__typename"));
        assertEquals("addParticipant", entry.getString("node.action"));
        assertEquals(c.meeting(), entry.getString("node.subjectId"));
        assertEquals("UNAUTHENTICATED", GraphQL.failing(NODE, Map.of("id", c.audit(), "all", false))
                .getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", GraphQL.failing(NODE, Map.of("id", c.audit(), "all", false), TestTokens.reader())
                .getString("errors[0].extensions.code"));
        JsonPath many = GraphQL.failing(NODES, Map.of("ids", List.of(c.later(), c.audit())));
        assertEquals("UNAUTHENTICATED", many.getString("errors[0].extensions.code"));
        assertEquals(List.of(c.later(), c.audit()),
                GraphQL.data(NODES, Map.of("ids", List.of(c.later(), c.audit())), TestTokens.editor()).getList("nodes.id"));
        GraphQL.data(RETRACT, Map.of("input", Map.of("id", c.meeting(), "reason", "test")), TestTokens.editor());
    }

    @Test
    void nodesAnswersInOrderWithNullForWhatIsNotThere() {
        JsonPath ids = GraphQL.data("""
                { people(first: 2) { nodes { id } } topics(first: 1) { nodes { id } }
                  meetings(first: 1) { nodes { id participants { id } evidence { id } } } }""", Map.of());
        String person = ids.getString("people.nodes[0].id");
        String other = ids.getString("people.nodes[1].id");
        String topic = ids.getString("topics.nodes[0].id");
        String participant = ids.getString("meetings.nodes[0].participants[0].id");
        List<String> asked = List.of(topic, person, NodeId.of("Person", 999_999_999L), NodeId.of("Spaceship", 1L),
                person, participant, other);
        JsonPath data = GraphQL.data(NODES, Map.of("ids", asked));
        assertEquals(Arrays.asList(topic, person, null, null, person, participant, other), field(data, "id"));
        assertEquals(Arrays.asList("Topic", "Person", null, null, "Person", "Participant", "Person"),
                field(data, "__typename"));
        assertEquals(List.of(), GraphQL.data(NODES, Map.of("ids", List.of())).getList("nodes"));
    }

    @Test
    void nodesReadsOneStatementPerKindNotPerId() {
        JsonPath ids = GraphQL.data("{ people(first: 10) { nodes { id } } organizations(first: 10) { nodes { id } } }",
                Map.of());
        List<String> few = List.of(ids.getString("people.nodes[0].id"), ids.getString("organizations.nodes[0].id"));
        List<String> many = new ArrayList<>(ids.getList("people.nodes.id"));
        many.addAll(ids.getList("organizations.nodes.id"));
        Collections.shuffle(many);
        String query = "query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { name } } }";
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        assertEquals(2, GraphQL.data(query, Map.of("ids", few)).getList("nodes.name").size());
        long forTwo = stats.getPrepareStatementCount();
        stats.clear();
        assertEquals(20, GraphQL.data(query, Map.of("ids", many)).getList("nodes.name").size());
        long forTwenty = stats.getPrepareStatementCount();
        assertEquals(forTwo, forTwenty, "20 IDs of two kinds cost what 2 do");
        assertThat(forTwenty, lessThanOrEqualTo(2L));
    }

    @Test
    void tooManyOrMalformedIdsAreBadUserInput() {
        List<String> tooMany = Collections.nCopies(101, NodeId.of("Person", 1L));
        JsonPath over = GraphQL.failing(NODES, Map.of("ids", tooMany));
        assertEquals("BAD_USER_INPUT", over.getString("errors[0].extensions.code"));
        assertEquals("ids", over.getString("errors[0].extensions.argument"));
        JsonPath malformed = GraphQL.failing(NODES, Map.of("ids", List.of(NodeId.of("Person", 1L), "%%%")));
        assertEquals("BAD_USER_INPUT", malformed.getString("errors[0].extensions.code"));
        assertEquals("ids", malformed.getString("errors[0].extensions.argument"));
        assertNull(malformed.get("data.nodes"));
    }

    /** One field of each item of {@code nodes}, null for a null item (a JSON path would skip those). */
    private static List<Object> field(JsonPath data, String name) {
        List<Map<String, Object>> nodes = data.getList("nodes");
        return nodes.stream().map(n -> n == null ? null : n.get(name)).toList();
    }

    private static JsonPath node(String id, boolean all) {
        return GraphQL.data(NODE, Map.of("id", id, "all", all));
    }

    /**
     * A meeting (undated, so it shows in no date window) with Rutte as a guest, and two linked
     * positions of Starmer, the later one kept: every new kind of ID once.
     */
    private static Created create() {
        String suffix = UUID.randomUUID().toString();
        String planned = "Een overleg is gepland " + suffix + ".";
        String rutteThere = "Rutte komt ook.";
        String promise = "Starmer belooft te komen.";
        String again = "Starmer belooft het opnieuw.";
        String kept = "Starmer kwam.";
        String article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "Nodes", "language", "nl", "publishedMonth", "2025-04",
                        "text", String.join(" ", planned, rutteThere, promise, again, kept))), TestTokens.editor())
                .getString("addArticle.article.id");
        String rutte = GraphQL.data("{ person(name: \"Rutte\") { id } }", Map.of()).getString("person.id");
        String starmer = GraphQL.data("{ person(name: \"Starmer\") { id } }", Map.of()).getString("person.id");

        JsonPath meeting = GraphQL.data("""
                mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version evidence { id } } } }""",
                Map.of("input", Map.of("title", "Nodes test " + suffix, "kind", "BILATERAL", "status", "PLANNED",
                        "evidence", List.of(Map.of("article", article, "quote", planned)))), TestTokens.editor());
        String meetingId = meeting.getString("createMeeting.meeting.id");
        JsonPath withGuest = GraphQL.data("""
                mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { meeting { participants { id } } } }""",
                Map.of("input", Map.of("meeting", meetingId, "version", meeting.getInt("createMeeting.meeting.version"),
                        "person", rutte, "role", "GUEST", "evidence", List.of(Map.of("article", article, "quote", rutteThere)))),
                TestTokens.editor());
        String audit = GraphQL.data("{ auditLog(first: 1) { nodes { id action } } }", Map.of(), TestTokens.editor())
                .getString("auditLog.nodes[0].id");

        String record = """
                mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id version evidence { id } } } }""";
        JsonPath earlier = GraphQL.data(record, Map.of("input", position(starmer, article, promise, "2025-04-02")),
                TestTokens.editor());
        JsonPath later = GraphQL.data(record, Map.of("input", position(starmer, article, again, "2025-04-03")),
                TestTokens.editor());
        String earlierId = earlier.getString("recordPosition.position.id");
        String laterId = later.getString("recordPosition.position.id");
        String link = GraphQL.data("""
                mutation ($input: LinkPositionsInput!) { linkPositions(input: $input) { later { supersedes { id } } } }""",
                Map.of("input", Map.of("later", laterId, "earlier", earlierId, "kind", "SUPERSEDES")), TestTokens.editor())
                .getString("linkPositions.later.supersedes[0].id");
        String change = GraphQL.data("""
                mutation ($input: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $input) {
                  position { statusHistory { id } } } }""",
                Map.of("input", Map.of("position", laterId, "version", later.getInt("recordPosition.position.version"),
                        "status", "KEPT", "date", Map.of("value", "2025-04-20", "precision", "DAY", "basis", "STATED"),
                        "evidence", List.of(Map.of("article", article, "quote", kept)))), TestTokens.editor())
                .getString("changeCommitmentStatus.position.statusHistory[0].id");
        return new Created(meetingId, withGuest.getString("addParticipant.meeting.participants[0].id"),
                meeting.getString("createMeeting.meeting.evidence[0].id"), earlierId, laterId,
                earlier.getString("recordPosition.position.evidence[0].id"), link, change, audit);
    }

    private static Map<String, Object> position(String holder, String article, String quote, String day) {
        Map<String, Object> input = new HashMap<>();
        input.put("holder", holder);
        input.put("kind", "COMMITMENT");
        input.put("summary", "Starmer promises to come.");
        input.put("date", Map.of("value", day, "precision", "DAY", "basis", "STATED"));
        input.put("evidence", List.of(Map.of("article", article, "quote", quote)));
        return input;
    }
}
