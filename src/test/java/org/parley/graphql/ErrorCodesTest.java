package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.core.ErrorCode;
import org.parley.person.NameAlias;
import org.parley.person.Person;

/**
 * Every error code the documentation lists is one Parley really produces: each has a request
 * (or, for the two that need a broken server, a failure fed to the error mapping) that yields it.
 */
@QuarkusTest
class ErrorCodesTest {

    /** The README's error table is the documentation clients read; it must list exactly the codes of ErrorCode. */
    @Test
    void theDocumentedCodesAreExactlyTheCodesInUse() throws IOException {
        Matcher rows = Pattern.compile("(?m)^\\| `([A-Z_]+)`").matcher(Files.readString(Path.of("README.md")));
        Set<String> documented = new TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, documented);
    }

    @Test
    void everyCodeIsProduced() {
        Map<ErrorCode, Supplier<JsonPath>> producers = new EnumMap<>(ErrorCode.class);
        producers.put(ErrorCode.BAD_REQUEST, () -> given().contentType(ContentType.JSON).body("{not json")
                .post("/graphql").then().statusCode(400).extract().jsonPath());
        producers.put(ErrorCode.BAD_USER_INPUT, () -> GraphQL.failing("query ($n: Int) { topics(first: $n) { totalCount } }",
                Map.of("n", 1000)));
        producers.put(ErrorCode.NOT_FOUND, () -> GraphQL.failing("query ($n: String!) { person(name: $n) { id } }",
                Map.of("n", "Nobody Ever")));
        producers.put(ErrorCode.AMBIGUOUS_NAME, this::ambiguous);
        producers.put(ErrorCode.GRAPHQL_PARSE_FAILED, () -> GraphQL.failing("{ topics {", Map.of()));
        producers.put(ErrorCode.GRAPHQL_VALIDATION_FAILED, () -> GraphQL.failing("{ noSuchField }", Map.of()));
        producers.put(ErrorCode.QUERY_TOO_LARGE, () -> GraphQL.failing("{ " + "__typename ".repeat(4_000) + "}", Map.of()));
        producers.put(ErrorCode.QUERY_TOO_DEEP, () -> GraphQL.failing("{ person(name: \"Rutte\") { "
                + "positions { nodes { meeting { participants { person { ".repeat(3) + "name" + " } } } } }".repeat(3)
                + " } }", Map.of()));
        producers.put(ErrorCode.QUERY_TOO_COMPLEX, () -> GraphQL.failing("{ " + java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> "a" + i + ": people { nodes { id name aliases } totalCount }").collect(Collectors.joining(" "))
                + " }", Map.of()));
        producers.put(ErrorCode.UNAUTHENTICATED, () -> GraphQL.failing(
                "mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }",
                Map.of("i", Map.of("name", "Nobody Signed In"))));
        producers.put(ErrorCode.FORBIDDEN, () -> GraphQL.failing(
                "mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }",
                Map.of("i", Map.of("name", "Not An Editor")), TestTokens.reader()));
        producers.put(ErrorCode.CONFLICT, this::conflict);
        producers.put(ErrorCode.UNAVAILABLE, () -> mapped(new SQLTransientConnectionException("Connection refused")));
        producers.put(ErrorCode.INTERNAL, () -> mapped(new IllegalStateException("a bug")));
        producers.put(ErrorCode.PERSISTED_QUERY_NOT_FOUND, () -> given().contentType(ContentType.JSON)
                .body(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1,
                        "sha256Hash", org.parley.graphql.PersistedQueries.sha256("{ never sent " + System.nanoTime() + " }")))))
                .post("/graphql").then().statusCode(200).extract().jsonPath());
        // Refused only in persisted-only mode (PersistedOnlyTest runs the server that way); here the decision itself.
        producers.put(ErrorCode.OPERATION_NOT_ALLOWED, this::notAllowed);
        // Refused for real with a cap of 3 (SubscriptionLimitsTest runs the server that way); here the answer itself.
        producers.put(ErrorCode.TOO_MANY_CONNECTIONS, () -> new JsonPath(SubscriptionSocket.tooManyConnections(3).encode()));
        producers.put(ErrorCode.TOO_MANY_SUBSCRIPTIONS, ErrorCodesTest::tooManySubscriptions);
        // the overflow of a subscription's buffer, as graphql-java reports it (SubscriptionLimitsTest: the close that follows)
        producers.put(ErrorCode.SLOW_CONSUMER, () -> mapped(new io.smallrye.mutiny.subscription.BackPressureFailure("overflow")));

        List<String> wrong = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            Supplier<JsonPath> producer = producers.get(code);
            if (producer == null) {
                wrong.add(code + ": nothing produces it");
                continue;
            }
            JsonPath response = producer.get();
            String got = response.getString("errors[0].extensions.code");
            if (!code.name().equals(got)) {
                wrong.add(code + ": got " + got + " (" + response.getString("errors[0].message") + ")");
            }
            if (response.prettify().contains("java.") || response.prettify().contains("\tat ")) {
                wrong.add(code + ": the body shows a Java class or stack trace");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void repeatedIntrospectionIsAClientMistakeNotAServerError() {
        JsonPath refused = GraphQL.failing("{ __schema { types { fields { type { fields { type { name } } } } } } }", Map.of());
        assertEquals("QUERY_TOO_COMPLEX", refused.getString("errors[0].extensions.code"));
    }

    @Test
    void anUnexpectedFailureIsInternalWithACorrelationIdThatTheLogCarriesToo() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorCodeInstrumentation.class.getName());
        logger.addHandler(capture);
        try {
            JsonPath error = mapped(new IllegalStateException("secret detail"));
            String id = error.getString("errors[0].extensions.correlationId");
            assertNotNull(id);
            assertFalse(error.getString("errors[0].message").contains("secret detail"));
            assertTrue(error.getString("errors[0].message").contains(id));
            assertTrue(logged.stream().anyMatch(line -> line.contains(id)), "log lines: " + logged);
        } finally {
            logger.removeHandler(capture);
        }
    }

    /** Two people answer to the same alias: a name lookup must say so. Cleans up after itself. */
    private JsonPath ambiguous() {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            Person p = new Person();
            p.rename("Lara Trump");
            p.persist();
            NameAlias.ofPerson(p.id, "Trump").persist();
            return p.id;
        });
        try {
            return GraphQL.failing("query ($n: String!) { person(name: $n) { id } }", Map.of("n", "Trump"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                NameAlias.delete("personId", id);
                Person.deleteById(id);
            });
        }
    }

    /** One subscription more than a WebSocket connection may hold (20): the error message of that one. */
    private static JsonPath tooManySubscriptions() {
        try (LiveClient client = LiveClient.connected(io.restassured.RestAssured.port)) {
            for (int i = 0; i <= 20; i++) {
                client.subscribe("s" + i, "subscription { factRetracted { id } }", Map.of());
            }
            io.vertx.core.json.JsonObject refused = client.next();
            return new JsonPath(new io.vertx.core.json.JsonObject().put("errors", refused.getJsonArray("payload")).encode());
        }
    }

    /** What persisted-only mode answers to an operation it does not know. */
    private JsonPath notAllowed() {
        PersistedQueries allowList = new PersistedQueries();
        allowList.persistedOnly = true;
        allowList.operationsFile = java.util.Optional.empty();
        allowList.load();
        PersistedQueries.Resolution refused = allowList.resolve("{ __typename }", null);
        return new JsonPath(refused.errorBody().encode());
    }

    /** An update based on a version that is not the stored one. */
    private JsonPath conflict() {
        JsonPath created = GraphQL.data("mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id version } } }",
                // Named to sort after the dataset's people: NodeQueryTest takes the first person's office.
                Map.of("i", Map.of("name", "Zz Conflict Tester " + System.nanoTime())), TestTokens.editor());
        String id = created.getString("createPerson.person.id");
        int version = created.getInt("createPerson.person.version");
        try {
            return GraphQL.failing("mutation ($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id } } }",
                    Map.of("i", Map.of("id", id, "version", version + 1, "name", "Someone Else")), TestTokens.editor());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Person.deleteById(org.parley.core.NodeId.parse(id, "id").id()));
        }
    }

    /** What a client would see if a resolver failed with this exception. */
    private static JsonPath mapped(Throwable failure) {
        GraphQLError raw = new ExceptionWhileDataFetching(ResultPath.rootPath().segment("x"), failure, new SourceLocation(1, 1));
        GraphQLError coded = ErrorCodeInstrumentation.coded(raw);
        Map<String, Object> body = Map.of("errors", List.of(coded.toSpecification()));
        assertNull(body.get("data"));
        return new JsonPath(io.restassured.path.json.JsonPath.from(toJson(body)).prettify());
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object value) {
        return new io.vertx.core.json.JsonObject((Map<String, Object>) value).encode();
    }
}
