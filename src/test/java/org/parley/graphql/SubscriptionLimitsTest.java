package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.ChangeFeed;
import org.parley.core.ChangeKind;
import org.parley.core.ChangePublisher;
import org.parley.core.NodeId;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * The caps of the WebSocket endpoint, on a server with small ones: 3 connections, 2 subscriptions
 * each, 4 waiting events; and a keep-alive ping every 300 ms.
 */
@QuarkusTest
@TestProfile(SubscriptionLimitsTest.SmallCaps.class)
class SubscriptionLimitsTest {

    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.live.max-connections", "3", "parley.live.max-subscriptions-per-connection", "2",
                    "parley.live.buffer", "4", "parley.live.keep-alive-ms", "300");
        }
    }

    @Inject
    ChangeFeed feed;

    @Inject
    SubscriptionSocket socket;

    @Inject
    ChangePublisher changes;

    @Test
    void aConnectionBeyondTheCapIsRefusedBeforeTheUpgradeAndOneMoreSubscriptionGetsAnError() {
        SubscriptionTest.waitFor(() -> socket.connections() == 0);
        List<LiveClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                clients.add(LiveClient.connected(RestAssured.port));
            }
            JsonPath refused = upgrade("graphql-transport-ws").then().statusCode(503).header("Retry-After", "5")
                    .extract().jsonPath();
            assertEquals("TOO_MANY_CONNECTIONS", refused.getString("errors[0].extensions.code"));

            LiveClient client = clients.get(0);
            client.subscribe("a", "subscription { factRetracted { id } }", Map.of());
            client.subscribe("b", "subscription { factRetracted { id } }", Map.of());
            client.subscribe("c", "subscription { factRetracted { id } }", Map.of());
            JsonObject error = client.next();
            assertEquals("error", error.getString("type"), error.encode());
            assertEquals("c", error.getString("id"));
            assertEquals("TOO_MANY_SUBSCRIPTIONS", error.getJsonArray("payload").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"));
            SubscriptionTest.waitFor(() -> socket.subscriptions() == 2);
        } finally {
            clients.forEach(LiveClient::close);
        }
        SubscriptionTest.waitFor(() -> socket.connections() == 0);
        try (LiveClient again = LiveClient.connected(RestAssured.port)) {
            assertNotNull(again, "a closed connection frees its place");
        }
    }

    @Test
    void theServerPingsQuietConnections() {
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            SubscriptionTest.waitFor(() -> client.pings() >= 2);
            client.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", client.next().getString("type"), "and answers the client's ping");
        }
    }

    @Test
    void anUpgradeWithoutTheSubprotocolIsABadRequest() {
        JsonPath refused = upgrade(null).then().statusCode(400).extract().jsonPath();
        assertEquals("BAD_REQUEST", refused.getString("errors[0].extensions.code"));
    }

    /**
     * A client that stops reading: events pile up in the socket, then in its subscription's buffer
     * of 4; the next one ends the subscription and closes the connection with 1008 SLOW_CONSUMER,
     * instead of the server holding all 150 events (each carries a 50,000-character article text ten times).
     */
    static final int EVENTS = 150;

    @Test
    void aClientThatStopsReadingIsDisconnectedWithACloseCode() {
        SubscriptionTest.waitFor(() -> socket.subscriptions() == 0);
        String text = "Traag. " + "x".repeat(50_000) + " Einde " + System.nanoTime() + ".";
        String article = SubscriptionTest.mutate("addArticle(input: $input) { article { id } }", "AddArticleInput",
                Map.of("title", "Slow consumer probe", "language", "nl", "publishedMonth", "2025-05", "text", text),
                "addArticle.article.id");
        String person = SubscriptionTest.mutate("createPerson(input: $input) { person { id } }", "CreatePersonInput",
                Map.of("name", "Slow Reader " + System.nanoTime()), "createPerson.person.id");
        String position = SubscriptionTest.mutate("recordPosition(input: $input) { position { id } }", "RecordPositionInput",
                Map.of("holder", person, "kind", "STANCE", "summary", "Slow consumer probe",
                        "date", Map.of("value", "2025-05-10", "precision", "DAY", "basis", "STATED"),
                        "evidence", List.of(Map.of("article", article, "quote", "Traag."))), "recordPosition.position.id");
        try (LiveClient client = LiveClient.connected(RestAssured.port)) {
            // ten copies of the text: each event is about 500 KB, so a few dozen fill the socket's buffers
            String texts = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "t" + i + ": text").collect(java.util.stream.Collectors.joining(" "));
            client.subscribe("slow", "subscription { positionRecorded { id evidence { article { " + texts + " } } } }", Map.of());
            SubscriptionTest.waitFor(() -> socket.subscriptions() == 1);
            client.stopReading();
            long id = NodeId.parse(position, "id").id();
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < EVENTS; i++) {
                    changes.publish(ChangeKind.POSITION_RECORDED, Position.TYPE, id);
                }
            });
            SubscriptionTest.waitFor(() -> socket.subscriptions() == 0, 60_000);
            client.resumeReading();
            LiveClient.Close close = client.closed(20_000);
            assertNotNull(close, "the server closes the connection");
            assertEquals(1008, close.code());
            assertTrue(close.reason().startsWith("SLOW_CONSUMER"), close.reason());
            assertTrue(client.received() < EVENTS, "the server dropped the client instead of keeping every event: " + client.received());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Evidence.delete("articleId", NodeId.parse(article, "id").id());
                Position.deleteById(NodeId.parse(position, "id").id());
                Person.deleteById(NodeId.parse(person, "id").id());
                Article.deleteById(NodeId.parse(article, "id").id());
            });
        }
    }

    /** A WebSocket upgrade request sent as plain HTTP, so the refusal's status and body can be read. */
    static io.restassured.response.Response upgrade(String protocol) {
        var request = given().header("Connection", "Upgrade").header("Upgrade", "websocket")
                .header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        if (protocol != null) {
            request = request.header("Sec-WebSocket-Protocol", protocol);
        }
        return request.get("/graphql");
    }
}
