package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;
import org.parley.graphql.GraphQL;
import org.parley.position.Position;
import org.parley.graphql.TestTokens;

/** A fact's `history`: its revisions, newest first, with author, time, origin, reason and fields before and after. */
@QuarkusTest
class HistoryTest {

    static final String HISTORY = """
            query ($id: ID!, $first: Int, $after: String) {
              node(id: $id, includeRetracted: true) {
                ... on Meeting { history(first: $first, after: $after) { ...page } }
                ... on Position { history(first: $first, after: $after) { ...page } }
              }
            }
            fragment page on AuditEntryConnection {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { actor origin action reason changedAt changes { field before after } }
            }""";

    @Test
    void aMeetingsHistoryListsEveryRevisionNewestFirst() {
        String suffix = UUID.randomUUID().toString();
        String quote = "De ministers spreken elkaar in april " + suffix + ".";
        String article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "History", "language", "nl", "publishedMonth", "2025-04", "text", quote)),
                TestTokens.editor()).getString("addArticle.article.id");
        JsonPath created = GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } } }",
                Map.of("input", Map.of("title", "Talks " + suffix, "kind", "BILATERAL", "status", "PLANNED",
                        "date", Map.of("value", "2025-04", "precision", "MONTH", "basis", "STATED"),
                        "evidence", List.of(Map.of("article", article, "quote", quote)))), TestTokens.editor("hanna"));
        String id = created.getString("createMeeting.meeting.id");
        GraphQL.data("mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }",
                Map.of("input", Map.of("id", id, "version", created.getInt("createMeeting.meeting.version"),
                        "title", "Renamed talks " + suffix)), TestTokens.editor("ivo"));
        GraphQL.data("mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }",
                Map.of("input", Map.of("id", id, "reason", "a duplicate " + suffix)), TestTokens.editor("hanna"));

        JsonPath first = GraphQL.data(HISTORY, Map.of("id", id, "first", 2), TestTokens.editor());
        assertEquals(3, first.getInt("node.history.totalCount"));
        assertTrue(first.getBoolean("node.history.pageInfo.hasNextPage"));
        assertEquals(List.of("retract", "updateMeeting"), first.getList("node.history.nodes.action"));
        assertEquals(List.of("hanna", "ivo"), first.getList("node.history.nodes.actor"));
        assertEquals(List.of("API", "API"), first.getList("node.history.nodes.origin"));
        assertEquals("a duplicate " + suffix, first.getString("node.history.nodes[0].reason"));
        assertEquals("retracted", first.getString("node.history.nodes[0].changes[0].field"));
        assertNull(first.getString("node.history.nodes[0].changes[0].before"));
        assertEquals("a duplicate " + suffix, first.getString("node.history.nodes[0].changes[0].after"));
        assertEquals(List.of(Map.of("field", "title", "before", "Talks " + suffix, "after", "Renamed talks " + suffix)),
                first.getList("node.history.nodes[1].changes"), "only the field that changed");

        JsonPath rest = GraphQL.data(HISTORY, Map.of("id", id, "first", 2,
                "after", first.getString("node.history.pageInfo.endCursor")), TestTokens.editor());
        assertFalse(rest.getBoolean("node.history.pageInfo.hasNextPage"));
        assertEquals(List.of("createMeeting"), rest.getList("node.history.nodes.action"));
        List<Map<String, Object>> fields = rest.getList("node.history.nodes[0].changes");
        assertTrue(fields.stream().anyMatch(f -> "title".equals(f.get("field")) && f.get("before") == null
                && ("Talks " + suffix).equals(f.get("after"))), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> "date".equals(f.get("field")) && "2025-04 MONTH STATED".equals(f.get("after"))),
                fields.toString());
    }

    @Test
    void aDatasetFactsHistoryStartsWithTheLoadThatMadeIt() {
        String id = QuarkusTransaction.requiringNew().call(() -> NodeId.of(Position.TYPE,
                Position.<Position>find("datasetKey", "trump-accepts-state-visit").firstResult().id));
        JsonPath history = GraphQL.data(HISTORY, Map.of("id", id, "first", 100), TestTokens.editor());
        List<Map<String, Object>> nodes = history.getList("node.history.nodes");
        Map<String, Object> oldest = nodes.get(nodes.size() - 1);
        assertEquals("DATASET", oldest.get("origin"));
        assertEquals("dataset load", oldest.get("reason"));
        assertTrue(((String) oldest.get("actor")).startsWith("dataset:facts/"), oldest.toString());
    }

    @Test
    void historyIsForEditorsOnly() {
        String id = GraphQL.data("{ meetings(first: 1) { nodes { id } } }", Map.of()).getString("meetings.nodes[0].id");
        assertEquals("UNAUTHENTICATED", GraphQL.failing(HISTORY, Map.of("id", id)).getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", GraphQL.failing(HISTORY, Map.of("id", id), TestTokens.reader())
                .getString("errors[0].extensions.code"));
    }

    static final String AS_OF = """
            query ($id: ID!, $asOf: DateTime, $all: Boolean!) {
              node(id: $id, asOf: $asOf, includeRetracted: $all) { ... on Meeting { title retracted retractionReason } }
            }""";

    @Test
    void aMeetingReadsAsItStoodAtAPastTime() {
        String suffix = UUID.randomUUID().toString();
        String quote = "Het overleg volgt in mei " + suffix + ".";
        String article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "As of", "language", "nl", "publishedMonth", "2025-05", "text", quote)),
                TestTokens.editor()).getString("addArticle.article.id");
        JsonPath created = GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } } }",
                Map.of("input", Map.of("title", "First title " + suffix, "kind", "BILATERAL", "status", "PLANNED",
                        "date", Map.of("value", "2025-05", "precision", "MONTH", "basis", "STATED"),
                        "evidence", List.of(Map.of("article", article, "quote", quote)))), TestTokens.editor());
        String id = created.getString("createMeeting.meeting.id");
        GraphQL.data("mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }",
                Map.of("input", Map.of("id", id, "version", created.getInt("createMeeting.meeting.version"),
                        "title", "Second title " + suffix)), TestTokens.editor());
        GraphQL.data("mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }",
                Map.of("input", Map.of("id", id, "reason", "test meeting " + suffix)), TestTokens.editor());
        List<String> times = GraphQL.data(HISTORY, Map.of("id", id, "first", 10), TestTokens.editor())
                .getList("node.history.nodes.changedAt");
        String retracted = times.get(0);
        String updated = times.get(1);
        String createdAt = times.get(2);

        JsonPath atCreation = GraphQL.data(AS_OF, Map.of("id", id, "asOf", createdAt, "all", false));
        assertEquals("First title " + suffix, atCreation.getString("node.title"));
        assertFalse(atCreation.getBoolean("node.retracted"));
        assertNull(atCreation.getString("node.retractionReason"));
        assertEquals("Second title " + suffix, GraphQL.data(AS_OF, Map.of("id", id, "asOf", updated, "all", false))
                .getString("node.title"));
        JsonPath now = GraphQL.data(AS_OF, Map.of("id", id, "asOf", retracted, "all", true));
        assertTrue(now.getBoolean("node.retracted"));
        assertEquals("test meeting " + suffix, now.getString("node.retractionReason"));
        assertEquals("NOT_FOUND", GraphQL.failing(AS_OF, Map.of("id", id, "asOf", retracted, "all", false))
                .getString("errors[0].extensions.code"), "retracted by then");
        JsonPath before = GraphQL.failing(AS_OF, Map.of("id", id, "asOf", "2000-01-01T00:00:00", "all", true));
        assertEquals("NOT_FOUND", before.getString("errors[0].extensions.code"), "it did not exist yet");
        assertEquals("asOf", before.getString("errors[0].extensions.argument"));
        String person = GraphQL.data("{ person(name: \"Rutte\") { id } }", Map.of()).getString("person.id");
        assertEquals("BAD_USER_INPUT", GraphQL.failing("query ($id: ID!) { node(id: $id, asOf: \"2025-03-01T00:00:00\") { id } }",
                Map.of("id", person)).getString("errors[0].extensions.code"));
    }

    @Test
    void peopleOrganizationsAndArticlesHaveAHistoryToo() {
        String name = "Historia Proef " + UUID.randomUUID().toString().substring(0, 8);
        JsonPath created = GraphQL.data("mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id version } } }",
                Map.of("input", Map.of("name", name)), TestTokens.editor("hanna"));
        String id = created.getString("createPerson.person.id");
        GraphQL.data("mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }",
                Map.of("input", Map.of("id", id, "version", created.getInt("createPerson.person.version"),
                        "aliases", List.of("H. Proef"))), TestTokens.editor("ivo"));
        JsonPath history = GraphQL.data("""
                query ($id: ID!) { node(id: $id) { ... on Person { history(first: 10) {
                  totalCount nodes { actor action changes { field before after } } } } } }""", Map.of("id", id), TestTokens.editor());
        assertEquals(2, history.getInt("node.history.totalCount"));
        assertEquals(List.of("updatePerson", "createPerson"), history.getList("node.history.nodes.action"));
        assertEquals(List.of("ivo", "hanna"), history.getList("node.history.nodes.actor"));
        assertTrue(history.getList("node.history.nodes[0].changes.field").contains("aliases"),
                history.getList("node.history.nodes[0].changes").toString());

        JsonPath loaded = GraphQL.data("""
                { organizations(first: 1) { nodes { history(first: 1) { nodes { origin } } } }
                  articles(first: 1) { nodes { history(first: 1) { nodes { origin } } } } }""", Map.of(), TestTokens.editor());
        assertEquals("DATASET", loaded.getString("organizations.nodes[0].history.nodes[0].origin"));
        assertEquals("DATASET", loaded.getString("articles.nodes[0].history.nodes[0].origin"));
        assertEquals("UNAUTHENTICATED", GraphQL.failing("{ articles(first: 1) { nodes { history { totalCount } } } }", Map.of())
                .getString("errors[0].extensions.code"));
    }
}
