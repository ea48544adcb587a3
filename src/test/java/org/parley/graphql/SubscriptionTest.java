package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.ChangeFeed;
import org.parley.core.ChangeKind;
import org.parley.core.ChangePublisher;
import org.parley.core.NodeId;
import org.parley.meeting.Meeting;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.source.Article;
import org.parley.source.Evidence;

/** Live updates on the embedded H2: a WebSocket client subscribes, a curator changes something, the event arrives. */
@QuarkusTest
class SubscriptionTest {

    static final String POSITION_FIELDS = "id kind summary holder { ... on Person { name } } evidence { quote article { title } }";

    @Inject
    ChangeFeed feed;

    @Inject
    SubscriptionSocket socket;

    @Inject
    ChangePublisher changes;

    String suffix;
    String article;
    String person;
    String personName;
    String[] quotes = new String[6];

    /** Subscriptions this test opened so far; the feed holds exactly these. */
    int open;

    @BeforeEach
    void fixture() {
        waitFor(() -> socket.subscriptions() == 0); // sockets of the previous test are closed
        suffix = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder text = new StringBuilder("Live " + suffix + ".");
        for (int i = 0; i < quotes.length; i++) {
            quotes[i] = "Live zin " + i + " van " + suffix + ".";
            text.append(' ').append(quotes[i]);
        }
        article = mutate("addArticle(input: $input) { article { id } }", "AddArticleInput",
                Map.of("title", "Live probe " + suffix, "language", "nl", "publishedMonth", "2025-05", "text", text.toString()),
                "addArticle.article.id");
        personName = "Live Person " + suffix;
        person = mutate("createPerson(input: $input) { person { id } }", "CreatePersonInput", Map.of("name", personName),
                "createPerson.person.id");
    }

    @AfterEach
    void cleanUp() {
        long articleId = NodeId.parse(article, "id").id();
        long personId = NodeId.parse(person, "id").id();
        QuarkusTransaction.requiringNew().run(() -> {
            Evidence.delete("articleId", articleId);
            Position.delete("holderId", personId);
            Meeting.delete("title like ?1", "Live meeting " + suffix + "%");
            Person.deleteById(personId);
            Article.deleteById(articleId);
        });
    }

    @Test
    void aRecordedPositionArrivesWithItsNestedFieldsAsAQueryShowsIt() {
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            subscribe(client, "s1", "subscription ($h: String) { positionRecorded(holder: $h) { " + POSITION_FIELDS + " } }",
                    Map.of("h", personName));
            String other = mutate("createPerson(input: $input) { person { id } }", "CreatePersonInput",
                    Map.of("name", "Live Other " + suffix), "createPerson.person.id");
            try {
                position(other, quotes[0]); // another holder: filtered out
                String id = position(person, quotes[1]);
                JsonObject next = client.next();
                assertEquals("next", next.getString("type"), next.encode());
                assertEquals("s1", next.getString("id"));
                JsonObject payload = next.getJsonObject("payload");
                assertNull(payload.getValue("errors"), payload.encode());
                JsonPath query = GraphQL.data("query ($id: ID!) { node(id: $id) { ... on Position { " + POSITION_FIELDS + " } } }",
                        Map.of("id", id));
                assertEquals(new JsonObject(query.<String, Object>getMap("node")),
                        payload.getJsonObject("data").getJsonObject("positionRecorded"));
                assertEquals(personName, payload.getJsonObject("data").getJsonObject("positionRecorded")
                        .getJsonObject("holder").getString("name"));
                assertNull(client.poll(300), "one event only: the other holder's position is filtered out");
            } finally {
                long otherId = NodeId.parse(other, "id").id();
                QuarkusTransaction.requiringNew().run(() -> {
                    Evidence.delete("articleId = ?1 and quote = ?2", NodeId.parse(article, "id").id(), quotes[0]);
                    Position.delete("holderId", otherId);
                    Person.deleteById(otherId);
                });
            }
        }
    }

    /**
     * A dashboard opened by many readers: subscriptions with the same document and variables share
     * one execution per event (one feed listener), and each still gets the event under its own id;
     * other variables make a stream of their own.
     */
    @Test
    void identicalSubscriptionsShareOneExecutionAndEachGetsTheEvent() {
        String query = "subscription ($h: String) { positionRecorded(holder: $h) { id summary holder { ... on Person { name } } } }";
        try (LiveClient first = LiveClient.connected(RestAssured.port); LiveClient second = LiveClient.connected(RestAssured.port)) {
            subscribe(first, "a", query, Map.of("h", personName));
            subscribe(second, "b", query, Map.of("h", personName));
            subscribe(second, "c", query, Map.of());
            assertEquals(3, socket.subscriptions());
            assertEquals(2, socket.streams(), "two distinct requests, two executions");
            assertEquals(2, feed.subscriptions(), "the feed serves each stream once");
            String id = position(person, quotes[4]);
            JsonObject a = first.next();
            List<JsonObject> others = List.of(second.next(), second.next());
            assertEquals("a", a.getString("id"), a.encode());
            assertEquals(java.util.Set.of("b", "c"), java.util.Set.of(others.get(0).getString("id"), others.get(1).getString("id")));
            for (JsonObject next : List.of(a, others.get(0), others.get(1))) {
                assertEquals("next", next.getString("type"), next.encode());
                assertNull(next.getJsonObject("payload").getValue("errors"), next.encode());
                JsonObject recorded = next.getJsonObject("payload").getJsonObject("data").getJsonObject("positionRecorded");
                assertEquals(id, recorded.getString("id"));
                assertEquals(personName, recorded.getJsonObject("holder").getString("name"));
            }
            second.send(new JsonObject().put("id", "b").put("type", "complete"));
            waitFor(() -> socket.subscriptions() == 2);
            assertEquals(2, socket.streams(), "the shared stream lives on while a member remains");
            first.close();
            waitFor(() -> socket.streams() == 1);
        }
    }

    @Test
    void aRolledBackTransactionSendsNothingAndCommittedOnesArriveInCommitOrder() {
        String first = position(person, quotes[2]);
        String second = position(person, quotes[3]);
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            subscribe(client, "s", "subscription { positionRecorded { id } }", Map.of());
            assertThrowsRollback(() -> QuarkusTransaction.requiringNew().run(() -> {
                changes.publish(ChangeKind.POSITION_RECORDED, Position.TYPE, NodeId.parse(first, "id").id());
                throw new IllegalStateException("roll back");
            }));
            for (String id : List.of(second, first, second)) {
                QuarkusTransaction.requiringNew().run(() -> changes.publish(ChangeKind.POSITION_RECORDED, Position.TYPE,
                        NodeId.parse(id, "id").id()));
            }
            for (String expected : List.of(second, first, second)) {
                JsonObject next = client.next();
                assertEquals(expected, next.getJsonObject("payload").getJsonObject("data").getJsonObject("positionRecorded").getString("id"),
                        "the rolled-back change is not delivered; the others in commit order");
            }
            assertNull(client.poll(300));
        }
    }

    @Test
    void statusChangesMeetingChangesAndRetractionsArrive() {
        String commitment = position(person, quotes[4]);
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            subscribe(client, "status", "subscription ($h: String) { commitmentStatusChanged(holder: $h) { id status statusHistory { to } } }",
                    Map.of("h", personName));
            subscribe(client, "meetings", "subscription { meetingChanged { title status participants { role } } }", Map.of());
            subscribe(client, "retracted", "subscription { factRetracted { id ... on Position { retracted retractionReason } } }", Map.of());
            JsonPath version = GraphQL.data("query ($id: ID!) { node(id: $id) { ... on Position { version } } }", Map.of("id", commitment));
            GraphQL.data("mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { position { id } } }",
                    Map.of("i", Map.of("position", commitment, "version", version.getInt("node.version"), "status", "KEPT",
                            "date", Map.of("value", "2025-05-20", "precision", "DAY", "basis", "STATED"),
                            "evidence", List.of(Map.of("article", article, "quote", quotes[5])))), TestTokens.editor());
            JsonObject status = client.next();
            assertEquals("status", status.getString("id"), status.encode());
            JsonObject changed = status.getJsonObject("payload").getJsonObject("data").getJsonObject("commitmentStatusChanged");
            assertEquals("KEPT", changed.getString("status"));
            assertEquals("KEPT", changed.getJsonArray("statusHistory").getJsonObject(0).getString("to"));

            GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
                    Map.of("input", Map.of("title", "Live meeting " + suffix, "kind", "BILATERAL", "status", "PLANNED",
                            "date", Map.of("value", "2025-05-21", "precision", "DAY", "basis", "STATED"),
                            "evidence", List.of(Map.of("article", article, "quote", quotes[0])))), TestTokens.editor());
            JsonObject meeting = client.next();
            assertEquals("meetings", meeting.getString("id"), meeting.encode());
            assertEquals("Live meeting " + suffix, meeting.getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("meetingChanged").getString("title"));

            mutate("retract(input: $input) { node { id } }", "RetractInput", Map.of("id", commitment, "reason", "live probe"),
                    "retract.node.id");
            JsonObject retracted = client.next();
            assertEquals("retracted", retracted.getString("id"), retracted.encode());
            JsonObject fact = retracted.getJsonObject("payload").getJsonObject("data").getJsonObject("factRetracted");
            assertEquals(commitment, fact.getString("id"));
            assertEquals(true, fact.getBoolean("retracted"));
            assertEquals("live probe", fact.getString("retractionReason"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Evidence.delete("articleId", NodeId.parse(article, "id").id());
                org.parley.position.CommitmentStatusChange.delete("positionId", NodeId.parse(commitment, "id").id());
            });
        }
    }

    @Test
    void completeEndsASubscription() {
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            subscribe(client, "s", "subscription { positionRecorded { id } }", Map.of());
            client.send(new JsonObject().put("id", "s").put("type", "complete"));
            waitFor(() -> socket.subscriptions() == 0);
            position(person, quotes[0]);
            assertNull(client.poll(500));
        }
    }

    /** Every mistake over the socket gets a coded error message for its subscription; none is INTERNAL. */
    @Test
    void mistakesOverTheSocketAreCodedErrors() {
        // 16 levels: meetingChanged, then participants > person > positions > nodes > meeting three times
        String deep = "subscription { meetingChanged { " + "participants { person { positions { nodes { meeting { ".repeat(3)
                + "title" + " } } } } }".repeat(3) + " } }";
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("{ topics { totalCount } }", "BAD_REQUEST");
        expected.put("subscription { positionRecorded { id }", "GRAPHQL_PARSE_FAILED");
        expected.put("subscription { positionRecorded { noSuchField } }", "GRAPHQL_VALIDATION_FAILED");
        expected.put(deep, "QUERY_TOO_DEEP");
        expected.put("subscription { positionRecorded(holder: \"Nobody Ever Heard Of\") { id } }", "NOT_FOUND");
        expected.put("subscription { meetingChanged(id: \"bm90IGFuIGlk\") { id } }", "BAD_USER_INPUT");
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            int i = 0;
            for (var entry : expected.entrySet()) {
                String id = "e" + i++;
                client.subscribe(id, entry.getKey(), Map.of());
                JsonObject error = client.next();
                assertEquals("error", error.getString("type"), error.encode());
                assertEquals(id, error.getString("id"));
                assertEquals(entry.getValue(), error.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions")
                        .getString("code"), error.encode());
            }
        }
        // a subscription sent with POST is refused before it runs
        JsonPath post = GraphQL.post("subscription { positionRecorded { id } }", Map.of()).then().statusCode(400).extract().jsonPath();
        assertEquals("BAD_REQUEST", post.getString("errors[0].extensions.code"));
    }

    /** Subscribes and waits until the feed has the subscription, so a change made next reaches it. */
    void subscribe(LiveClient client, String id, String query, Map<String, ?> variables) {
        client.subscribe(id, query, variables);
        int expected = ++open;
        waitFor(() -> {
            JsonObject refused = client.poll(0);
            if (refused != null) {
                throw new AssertionError("subscription " + id + " answered " + refused.encode());
            }
            return socket.subscriptions() == expected;
        });
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        waitFor(condition, 10_000);
    }

    static void waitFor(java.util.function.BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met within " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void assertThrowsRollback(Runnable work) {
        try {
            work.run();
        } catch (IllegalStateException e) {
            return;
        }
        throw new AssertionError("expected the transaction to roll back");
    }

    String position(String holder, String quote) {
        Map<String, Object> input = new HashMap<>(Map.of("holder", holder, "kind", "COMMITMENT", "summary", "Live " + quote,
                "date", Map.of("value", "2025-05-10", "precision", "DAY", "basis", "STATED"),
                "evidence", List.of(Map.of("article", article, "quote", quote))));
        return mutate("recordPosition(input: $input) { position { id } }", "RecordPositionInput", input, "recordPosition.position.id");
    }

    static String mutate(String field, String inputType, Map<String, Object> input, String idPath) {
        String id = GraphQL.data("mutation ($input: " + inputType + "!) { " + field + " }", Map.of("input", input),
                TestTokens.editor()).getString(idPath);
        assertTrue(id != null && !id.isBlank(), field);
        return id;
    }
}
