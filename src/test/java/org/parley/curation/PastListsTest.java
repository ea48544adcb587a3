package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.graphql.BadInputTest;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/**
 * `positions(asOf:)` and `meetings(asOf:)`: the lists as they stood at a past time — only facts
 * that existed then, filtered, counted and shown with their fields as they were — and reading
 * the past writes nothing.
 */
@QuarkusTest
class PastListsTest {

    static final String POSITIONS = """
            query ($search: String!, $asOf: DateTime, $all: Boolean!) {
              positions(filter: {search: $search, includeRetracted: $all}, asOf: $asOf) {
                totalCount nodes { id summary kind retracted version }
              }
            }""";

    static final String MEETINGS = """
            query ($search: String!, $asOf: DateTime, $all: Boolean!) {
              meetings(filter: {search: $search, includeRetracted: $all}, asOf: $asOf) {
                totalCount nodes { id title status retracted version }
              }
            }""";

    static final String HISTORY = """
            query ($id: ID!) {
              node(id: $id, includeRetracted: true) {
                ... on Meeting { history(first: 10) { totalCount nodes { changedAt } } }
                ... on Position { history(first: 10) { totalCount nodes { changedAt } } }
              }
            }""";

    @Test
    void positionsListAsTheyStoodWithTheirFieldsThen() {
        String before = word();
        String after = word();
        Map<String, Object> input = new HashMap<>(BadInputTest.position(BadInputTest.lookUp()));
        input.put("summary", "The minister promised " + before + ".");
        JsonPath recorded = GraphQL.data("mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id version } } }",
                Map.of("input", input), TestTokens.editor());
        String id = recorded.getString("recordPosition.position.id");
        GraphQL.data("mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id } } }",
                Map.of("input", Map.of("id", id, "version", recorded.getInt("recordPosition.position.version"),
                        "summary", "The minister then promised " + after + ".")), TestTokens.editor());
        GraphQL.data("mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }",
                Map.of("input", Map.of("id", id, "reason", "a test position")), TestTokens.editor());
        List<String> times = revisionTimes(id);
        String retractedAt = times.get(0);
        String updatedAt = times.get(1);
        String recordedAt = times.get(2);
        long versionNow = positions(after, null, true).getLong("positions.nodes[0].version");

        JsonPath atRecording = positions(before, recordedAt, false);
        assertEquals(1, atRecording.getInt("positions.totalCount"));
        assertEquals(id, atRecording.getString("positions.nodes[0].id"));
        assertEquals("The minister promised " + before + ".", atRecording.getString("positions.nodes[0].summary"));
        assertEquals(false, atRecording.getBoolean("positions.nodes[0].retracted"));
        assertEquals(versionNow, atRecording.getLong("positions.nodes[0].version"), "the version it has now");
        assertEquals(0, positions(after, recordedAt, false).getInt("positions.totalCount"), "the filter applies to the summary then");

        assertEquals(0, positions(before, updatedAt, false).getInt("positions.totalCount"));
        assertEquals(List.of("The minister then promised " + after + "."),
                positions(after, updatedAt, false).getList("positions.nodes.summary"));

        assertEquals(0, positions(after, retractedAt, false).getInt("positions.totalCount"), "retracted by then");
        assertEquals(List.of(true), positions(after, retractedAt, true).getList("positions.nodes.retracted"));
        assertEquals(0, positions(after, "2000-01-01T00:00:00", true).getInt("positions.totalCount"), "not recorded yet");

        // reading the past wrote nothing: no revision, the same version, the same present
        assertEquals(3, GraphQL.data(HISTORY, Map.of("id", id), TestTokens.editor()).getInt("node.history.totalCount"));
        JsonPath now = positions(after, null, true);
        assertEquals(versionNow, now.getLong("positions.nodes[0].version"));
        assertEquals(0, positions(before, null, true).getInt("positions.totalCount"));
    }

    @Test
    void meetingsListAsTheyStoodAndAPastReadLeavesTheFactWritable() {
        String word = word();
        BadInputTest.Ids ids = BadInputTest.lookUp();
        Map<String, Object> evidence = Map.of("article", ids.article(), "quote", ids.articleText().substring(0, 60));
        JsonPath created = GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } } }",
                Map.of("input", Map.of("title", "Talks on " + word, "kind", "BILATERAL", "status", "PLANNED",
                        "date", Map.of("value", "2025-05", "precision", "MONTH", "basis", "STATED"),
                        "evidence", List.of(evidence))), TestTokens.editor());
        String id = created.getString("createMeeting.meeting.id");
        int version = created.getInt("createMeeting.meeting.version");
        String createdAt = revisionTimes(id).get(0);
        JsonPath renamed = GraphQL.data("mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id version } } }",
                Map.of("input", Map.of("id", id, "version", version, "title", "Renamed talks on " + word)), TestTokens.editor());
        int renamedVersion = renamed.getInt("updateMeeting.meeting.version");

        JsonPath then = meetings(word, createdAt);
        assertEquals(1, then.getInt("meetings.totalCount"));
        assertEquals("Talks on " + word, then.getString("meetings.nodes[0].title"));
        assertEquals(renamedVersion, then.getInt("meetings.nodes[0].version"));
        assertEquals("Renamed talks on " + word, meetings(word, null).getString("meetings.nodes[0].title"));
        assertEquals(0, meetings(word, "2000-01-01T00:00:00").getInt("meetings.totalCount"), "not created yet");

        // the past read held no lock and changed no version: the curator's next change goes through
        JsonPath again = GraphQL.data("mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { title } } }",
                Map.of("input", Map.of("id", id, "version", renamedVersion, "title", "Final talks on " + word)), TestTokens.editor());
        assertEquals("Final talks on " + word, again.getString("updateMeeting.meeting.title"));
        assertEquals(3, GraphQL.data(HISTORY, Map.of("id", id), TestTokens.editor()).getInt("node.history.totalCount"));
        retract(id);
    }

    static final String PARTICIPANTS = """
            query ($search: String!, $asOf: DateTime, $id: ID!) {
              meetings(filter: {search: $search}, asOf: $asOf) { nodes { participants { role person { name } } } }
              node(id: $id, asOf: $asOf) { ... on Meeting { participants { person { name } } } }
            }""";

    @Test
    void aMeetingReadAsOfAPastTimeHasTheParticipantsItHadThen() {
        String word = word();
        BadInputTest.Ids ids = BadInputTest.lookUp();
        List<Map<String, Object>> evidence = List.of(Map.of("article", ids.article(), "quote", ids.articleText().substring(0, 60)));
        JsonPath created = GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } } }",
                Map.of("input", Map.of("title", "Talks on " + word, "kind", "BILATERAL", "status", "PLANNED",
                        "date", Map.of("value", "2025-05", "precision", "MONTH", "basis", "STATED"), "evidence", evidence)),
                TestTokens.editor());
        String id = created.getString("createMeeting.meeting.id");
        String rutte = GraphQL.data("{ person(name: \"Rutte\") { id } }", Map.of()).getString("person.id");
        String macron = GraphQL.data("{ person(name: \"Macron\") { id } }", Map.of()).getString("person.id");
        String add = "mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { meeting { version } } }";
        int version = GraphQL.data(add, Map.of("input", Map.of("meeting", id, "version", created.getInt("createMeeting.meeting.version"),
                "person", rutte, "role", "HOST", "evidence", evidence)), TestTokens.editor()).getInt("addParticipant.meeting.version");
        version = GraphQL.data(add, Map.of("input", Map.of("meeting", id, "version", version, "person", macron, "role", "GUEST",
                "evidence", evidence)), TestTokens.editor()).getInt("addParticipant.meeting.version");
        GraphQL.data("mutation ($input: RemoveParticipantInput!) { removeParticipant(input: $input) { meeting { id } } }",
                Map.of("input", Map.of("meeting", id, "version", version, "participant", rutte)), TestTokens.editor());
        List<String> times = revisionTimes(id); // newest first: removal, second addition, first addition, creation

        assertEquals(List.of(), participants(word, times.get(3), id), "created without participants");
        assertEquals(List.of("Mark Rutte"), participants(word, times.get(2), id));
        assertEquals(List.of("Mark Rutte", "Emmanuel Macron"), participants(word, times.get(1), id));
        assertEquals(List.of("Emmanuel Macron"), participants(word, times.get(0), id), "removed by then");
        assertEquals(List.of("Emmanuel Macron"), participants(word, null, id), "now");
        retract(id);
    }

    /** Retracts a meeting the test made, so that lists of the newest meetings (BatchingTest) hold only the founding ones. */
    private static void retract(String id) {
        GraphQL.data("mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }",
                Map.of("input", Map.of("id", id, "reason", "made by PastListsTest")), TestTokens.editor());
    }

    /** The participants' names of the meeting, as the list and as node(id:) read it; both must agree. */
    private static List<String> participants(String search, String asOf, String id) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("search", search);
        variables.put("asOf", asOf);
        variables.put("id", id);
        JsonPath data = GraphQL.data(PARTICIPANTS, variables);
        List<String> listed = data.getList("meetings.nodes[0].participants.person.name");
        assertEquals(listed, data.getList("node.participants.person.name"));
        return listed;
    }

    @Test
    void aMalformedTimeIsBadUserInput() {
        JsonPath refused = GraphQL.failing(MEETINGS, Map.of("search", "talks", "asOf", "1 March", "all", false));
        assertTrue(List.of("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED").contains(refused.getString("errors[0].extensions.code")),
                refused.prettify());
    }

    private static JsonPath positions(String search, String asOf, boolean all) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("search", search);
        variables.put("asOf", asOf);
        variables.put("all", all);
        return GraphQL.data(POSITIONS, variables);
    }

    private static JsonPath meetings(String search, String asOf) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("search", search);
        variables.put("asOf", asOf);
        variables.put("all", false);
        return GraphQL.data(MEETINGS, variables);
    }

    /** The times of a fact's revisions, newest first. */
    private static List<String> revisionTimes(String id) {
        return GraphQL.data(HISTORY, Map.of("id", id), TestTokens.editor()).getList("node.history.nodes.changedAt");
    }

    /** A word no other record contains, so the lists hold only what the test made. */
    private static String word() {
        return "pastlist" + UUID.randomUUID().toString().replace("-", "");
    }
}
