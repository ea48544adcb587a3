package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.person.Office;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.PositionLink;
import org.parley.source.Article;
import org.parley.source.Evidence;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/**
 * No read path shows a retracted fact unless asked: the test finds every field of the schema that
 * returns a fact (a Position, Meeting, Office, a link to a position, or a connection or interface
 * that can hold one), and for each it runs a probe over data where a retracted fact is in reach.
 * A new such field without a probe fails {@link #everyFieldThatReturnsFactsHasAProbe}.
 */
@QuarkusTest
class RetractionTest {

    /** Types whose values are, or lead directly to, retractable facts. */
    static final Set<String> FACT_TYPES = Set.of("Position", "Meeting", "Office", "PositionLink", "Node",
            "PositionConnection", "MeetingConnection");

    /**
     * Fields that hand back a fact a mutation just wrote (payloads, and the subscriptions that announce
     * the write: factRetracted exists to show retracted facts), or are the inside of a connection
     * probed through its field.
     */
    static final Set<String> NOT_READ_PATHS = Set.of("Subscription.positionRecorded", "Subscription.commitmentStatusChanged",
            "Subscription.meetingChanged", "Subscription.factRetracted", "PositionPayload.position", "LinkPositionsPayload.earlier",
            "LinkPositionsPayload.later", "MeetingPayload.meeting", "OfficePayload.office", "RetractPayload.node",
            "PositionConnection.nodes", "PositionConnection.edges", "PositionEdge.node", "MeetingConnection.nodes",
            "MeetingConnection.edges", "MeetingEdge.node");

    /** The fields the probe below covers. */
    static final Set<String> PROBED = Set.of("Query.node", "Query.commitments", "Query.positions", "Query.meetings",
            "Person.positions", "Person.meetings", "Person.offices", "Meeting.positions", "Position.meeting",
            "Position.reactsTo", "Position.supersedes", "Position.supersededBy", "PositionLink.position", "Participant.office",
            "Article.meetings", "Article.positions", "Query.nodes", "PositionLink.earlier", "PositionLink.later");

    @Test
    void everyFieldThatReturnsFactsHasAProbe() {
        JsonPath schema = GraphQL.data("""
                { __schema { types { name kind fields { name type { name kind ofType { name kind ofType { name kind
                  ofType { name kind } } } } } } } }""", Map.of());
        Set<String> returningFacts = new TreeSet<>();
        List<Map<String, Object>> types = schema.getList("__schema.types");
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (!"OBJECT".equals(type.get("kind")) || name.startsWith("__") || name.equals("Mutation")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) type.get("fields");
            for (Map<String, Object> field : fields) {
                if (FACT_TYPES.contains(namedType(field.get("type")))) {
                    returningFacts.add(name + "." + field.get("name"));
                }
            }
        }
        returningFacts.removeAll(NOT_READ_PATHS);
        assertEquals(new TreeSet<>(PROBED), returningFacts);
    }

    @SuppressWarnings("unchecked")
    private static String namedType(Object typeRef) {
        Map<String, Object> t = (Map<String, Object>) typeRef;
        while (t.get("name") == null && t.get("ofType") != null) {
            t = (Map<String, Object>) t.get("ofType");
        }
        return (String) t.get("name");
    }

    @Test
    void noReadPathShowsARetractedFact() {
        World w = World.build();
        try {
            probe(w);
        } finally {
            w.remove();
        }
    }

    private static void probe(World w) {

        // Query.node: NOT_FOUND unless includeRetracted
        for (String id : List.of(w.retractedPosition, w.retractedMeeting, w.retractedOffice)) {
            JsonPath hidden = GraphQL.failing("query ($id: ID!) { node(id: $id) { id } }", Map.of("id", id));
            assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
            assertEquals(id, GraphQL.data("query ($id: ID!) { node(id: $id, includeRetracted: true) { id } }",
                    Map.of("id", id)).getString("node.id"));
        }
        // Query.nodes: null unless includeRetracted
        List<String> retracted = List.of(w.retractedPosition, w.retractedMeeting, w.retractedOffice);
        String nodes = "query ($ids: [ID!]!, $all: Boolean!) { nodes(ids: $ids, includeRetracted: $all) { id } }";
        List<Map<String, Object>> none = GraphQL.data(nodes, Map.of("ids", retracted, "all", false)).getList("nodes");
        assertEquals(java.util.Arrays.asList(null, null, null), none);
        assertEquals(retracted, GraphQL.data(nodes, Map.of("ids", retracted, "all", true)).getList("nodes.id"));
        // Query.commitments: the retracted commitment was the only one that day
        assertEquals(List.of(), GraphQL.data("query ($name: String!) { commitments(leader: $name, on: \"2025-04-12\") { id } }",
                Map.of("name", w.personName)).getList("commitments"));
        // Query.positions, Query.meetings and the same lists under Person, with their totals
        JsonPath lists = GraphQL.data("""
                query ($name: String!) {
                  positions(holder: $name) { totalCount nodes { id } }
                  meetings(participant: $name) { totalCount nodes { id } }
                  person(name: $name) {
                    positions { totalCount nodes { id } }
                    meetings { totalCount nodes { id } }
                    offices { id }
                  } }""", Map.of("name", w.personName));
        for (String list : List.of("positions", "person.positions")) {
            assertEquals(Set.copyOf(w.standingPositions), Set.copyOf(lists.getList(list + ".nodes.id")), list);
            assertEquals(w.standingPositions.size(), lists.getInt(list + ".totalCount"), list);
        }
        for (String list : List.of("meetings", "person.meetings")) {
            assertEquals(List.of(w.standingMeeting), lists.getList(list + ".nodes.id"), list);
            assertEquals(1, lists.getInt(list + ".totalCount"), list);
        }
        assertEquals(List.of(), lists.getList("person.offices"));

        // Meeting.positions, Participant.office (the only office was retracted), Position.meeting,
        // Position.supersedes / supersededBy (and so PositionLink.position, earlier and later; a link
        // read by its own ID hides with its positions, see NodesTest)
        JsonPath nested = GraphQL.data("""
                query ($meeting: ID!, $reacting: ID!, $later: ID!, $earlier: ID!) {
                  m: node(id: $meeting) { ... on Meeting { positions { id } participants { office { id } } } }
                  r: node(id: $reacting) { ... on Position { meeting { id } reactsTo { id } } }
                  l: node(id: $later) { ... on Position { supersedes { position { id } earlier { id } later { id } } } }
                  e: node(id: $earlier) { ... on Position { supersededBy { position { id } earlier { id } later { id } } } } }""",
                Map.of("meeting", w.standingMeeting, "reacting", w.atRetractedMeeting, "later", w.later, "earlier", w.earlier));
        assertEquals(List.of(), nested.getList("m.positions"));
        assertNull(nested.get("m.participants[0].office"));
        assertNull(nested.get("r.meeting"));
        assertNull(nested.get("r.reactsTo"));
        assertEquals(List.of(), nested.getList("l.supersedes"));
        assertEquals(List.of(), nested.getList("e.supersededBy"));

        // Article.meetings and Article.positions
        JsonPath article = GraphQL.data("query ($article: ID!) { node(id: $article) { ... on Article { meetings { id } positions { id } } } }",
                Map.of("article", w.article));
        assertEquals(List.of(w.standingMeeting), article.getList("node.meetings.id"));
        assertEquals(Set.copyOf(w.standingPositions), Set.copyOf(article.getList("node.positions.id")));
    }

    /**
     * A person with a meeting, an office and positions, some of them retracted: every retracted
     * fact is reachable from a standing one, so each probe could see it if a filter were missing.
     */
    record World(String personName, String person, String article, String standingMeeting, String retractedMeeting,
            String retractedOffice, String retractedPosition, String atRetractedMeeting, String later, String earlier,
            List<String> standingPositions) {

        static World build() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String[] q = new String[9];
            StringBuilder text = new StringBuilder("Proef " + suffix + ".");
            for (int i = 0; i < q.length; i++) {
                q[i] = "Zin nummer " + i + " van " + suffix + ".";
                text.append(' ').append(q[i]);
            }
            String article = mutate("addArticle(input: $input) { article { id } }", "AddArticleInput",
                    Map.of("title", "Retraction probe", "language", "nl", "publishedMonth", "2025-04", "text", text.toString()),
                    "addArticle.article.id");
            String name = "Probe Person " + suffix;
            String person = mutate("createPerson(input: $input) { person { id } }", "CreatePersonInput",
                    Map.of("name", name), "createPerson.person.id");
            String uk = GraphQL.data("{ organizations(search: \"United Kingdom\") { nodes { id } } }", Map.of())
                    .getString("organizations.nodes[0].id");
            String retractedMeeting = meeting(article, q[0], "2025-04-10", person, q[1]);
            String standingMeeting = meeting(article, q[2], "2025-04-12", person, q[3]);
            String office = mutate("createOffice(input: $input) { office { id } }", "CreateOfficeInput",
                    Map.of("person", person, "organization", uk, "role", "Probe envoy",
                            "start", Map.of("value", "2025-01", "precision", "MONTH", "basis", "STATED"),
                            "evidence", List.of(evidence(article, q[4]))), "createOffice.office.id");
            String retracted = position(article, q[5], person, "COMMITMENT", "2025-04-12", standingMeeting);
            String earlier = position(article, q[6], person, "STANCE", "2025-04-11", null);
            String later = position(article, q[7], person, "STANCE", "2025-04-13", null);
            String atRetractedMeeting = position(article, q[8], person, "STANCE", "2025-04-10", retractedMeeting);
            link(retracted, earlier);
            // recordPosition cannot set reactsTo yet: point the position at the meeting directly
            long reacting = NodeId.parse(atRetractedMeeting, "id").id();
            long reactedTo = NodeId.parse(retractedMeeting, "id").id();
            QuarkusTransaction.requiringNew().run(() -> Position.update("reactsToMeetingId = ?1 where id = ?2", reactedTo, reacting));
            link(later, retracted);
            for (String id : List.of(retracted, retractedMeeting, office)) {
                mutate("retract(input: $input) { node { id } }", "RetractInput", Map.of("id", id, "reason", "probe"),
                        "retract.node.id");
            }
            return new World(name, person, article, standingMeeting, retractedMeeting, office, retracted,
                    atRetractedMeeting, later, earlier, List.of(earlier, later, atRetractedMeeting));
        }

        /** Deletes everything {@link #build} made, so other tests see the founding dataset only. */
        void remove() {
            List<Long> positions = ids(retractedPosition, atRetractedMeeting, later, earlier);
            List<Long> meetings = ids(standingMeeting, retractedMeeting);
            QuarkusTransaction.requiringNew().run(() -> {
                PositionLink.delete("laterId in ?1 or earlierId in ?1", positions);
                Evidence.delete("articleId", NodeId.parse(article, "article").id());
                Position.delete("id in ?1", positions);
                Attendance.delete("meetingId in ?1", meetings);
                Meeting.delete("id in ?1", meetings);
                Office.delete("id", NodeId.parse(retractedOffice, "office").id());
                Person.delete("id", NodeId.parse(person, "person").id());
                Article.delete("id", NodeId.parse(article, "article").id());
            });
        }

        private static List<Long> ids(String... globalIds) {
            return java.util.Arrays.stream(globalIds).map(id -> NodeId.parse(id, "id").id()).toList();
        }

        private static String meeting(String article, String quote, String day, String person, String attends) {
            JsonPath created = GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } } }",
                    Map.of("input", Map.of("title", "Probe meeting " + quote, "kind", "BILATERAL", "status", "HELD",
                            "date", Map.of("value", day, "precision", "DAY", "basis", "STATED"),
                            "evidence", List.of(evidence(article, quote)))), TestTokens.editor());
            String id = created.getString("createMeeting.meeting.id");
            mutate("addParticipant(input: $input) { meeting { id } }", "AddParticipantInput",
                    Map.of("meeting", id, "version", created.getInt("createMeeting.meeting.version"), "person", person,
                            "role", "GUEST", "evidence", List.of(evidence(article, attends))), "addParticipant.meeting.id");
            return id;
        }

        private static String position(String article, String quote, String holder, String kind, String day, String meeting) {
            Map<String, Object> input = new HashMap<>(Map.of("holder", holder, "kind", kind, "summary", "Probe " + quote,
                    "date", Map.of("value", day, "precision", "DAY", "basis", "STATED"),
                    "evidence", List.of(evidence(article, quote))));
            if (meeting != null) {
                input.put("meeting", meeting);
            }
            return mutate("recordPosition(input: $input) { position { id } }", "RecordPositionInput", input,
                    "recordPosition.position.id");
        }

        private static void link(String later, String earlier) {
            mutate("linkPositions(input: $input) { later { id } }", "LinkPositionsInput",
                    Map.of("later", later, "earlier", earlier, "kind", "SUPERSEDES"), "linkPositions.later.id");
        }

        private static Map<String, Object> evidence(String article, String quote) {
            return Map.of("article", article, "quote", quote);
        }

        private static String mutate(String field, String inputType, Map<String, Object> input, String idPath) {
            String id = GraphQL.data("mutation ($input: " + inputType + "!) { " + field + " }", Map.of("input", input),
                    TestTokens.editor()).getString(idPath);
            assertTrue(id != null && !id.isBlank(), field);
            return id;
        }
    }
}
