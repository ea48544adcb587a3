package org.parley.graphql;

import org.parley.core.NodeId;
import org.parley.curation.RetractInput;
import org.parley.meeting.CreateMeetingInput;
import org.parley.person.CreateOfficeInput;
import org.parley.person.CreatePersonInput;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.RecordPositionInput;
import org.parley.position.UpdatePositionInput;
import org.parley.source.AddArticleInput;
import org.parley.source.Article;
import org.parley.source.Evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.dataset.DatabaseDigest;

/**
 * Hostile and broken requests. Each gets the documented HTTP status and a coded error, never a
 * stack trace, and leaves the database exactly as it was. Odd but valid text (injection-looking
 * strings, RTL marks, emoji, combining characters) is stored and returned unchanged.
 */
@QuarkusTest
public class BadInputTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String RECORD = """
            mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id summary } } }""";
    static final String UPDATE = """
            mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id } } }""";
    static final String RETRACT = """
            mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }""";
    static final String CREATE_PERSON = """
            mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }""";
    static final String CREATE_OFFICE = """
            mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { office { id } } }""";
    static final String CREATE_MEETING = """
            mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }""";
    static final String ADD_ARTICLE = """
            mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id text } } }""";

    /** Who sends the request. */
    enum Who {
        NOBODY, EDITOR, READER, EXPIRED, TAMPERED, FOREIGN, GARBAGE;

        String token() {
            return switch (this) {
                case NOBODY -> null;
                case EDITOR -> TestTokens.editor("bad-input-suite");
                case READER -> TestTokens.reader();
                case EXPIRED -> TestTokens.expired();
                case TAMPERED -> TestTokens.tampered();
                case FOREIGN -> TestTokens.foreignKey();
                case GARBAGE -> "garbage";
            };
        }
    }

    /**
     * One hostile request. {@code body} builds the raw request body from the fixture IDs
     * (so cases can use real article and person IDs); {@code field} is the expected
     * extensions.field, or null when none is checked.
     */
    record Case(String name, Function<Ids, String> body, Who who, int status, String code, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Real IDs and text from the founding dataset. */
    public record Ids(String article, String articleText, String person, String position, int positionVersion,
            String organization) {
    }

    @Inject
    EntityManager em;

    Ids ids;

    @BeforeEach
    void lookUpIds() {
        ids = lookUp();
    }

    /** IDs of founding-dataset records the cases refer to. */
    public static Ids lookUp() {
        JsonPath data = GraphQL.data("""
                { articles(first: 1) { nodes { id text } }
                  person(name: "Starmer") { id positions(first: 1) { nodes { id version } } }
                  organizations(first: 1) { nodes { id } } }""", Map.of());
        return new Ids(data.getString("articles.nodes[0].id"), data.getString("articles.nodes[0].text"),
                data.getString("person.id"), data.getString("person.positions.nodes[0].id"),
                data.getInt("person.positions.nodes[0].version"), data.getString("organizations.nodes[0].id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithACodeAndChangesNothing(Case c) {
        check(c, ids, em);
    }

    /** Sends the case's request and checks status, code, field, no stack trace and an unchanged database. */
    static void check(Case c, Ids ids, EntityManager em) {
        String before = DatabaseDigest.of(em);
        Response response = send(c.body().apply(ids), c.who().token());
        String text = response.asString();
        assertEquals(c.status(), response.statusCode(), c.name() + ": " + text);
        JsonPath json = JsonPath.from(text);
        assertEquals(c.code(), json.getString("errors[0].extensions.code"), c.name() + ": " + text);
        if (c.field() != null) {
            assertEquals(c.field(), json.getString("errors[0].extensions.field"), c.name() + ": " + text);
        }
        assertThat(json.getString("errors[0].message"), not(containsString("Exception")));
        assertThat(text, not(containsString("stackTrace")));
        assertThat(text, not(containsString("\tat ")));
        assertEquals(before, DatabaseDigest.of(em), c.name() + ": the database changed");
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        // The HTTP body itself
        all.add(raw("malformed JSON", i -> "{\"query\": \"mutation { retract", Who.EDITOR, 400, "BAD_REQUEST"));
        all.add(raw("empty body", i -> "", Who.EDITOR, 400, "BAD_REQUEST"));
        all.add(raw("JSON null body", i -> "null", Who.EDITOR, 400, "BAD_REQUEST"));
        all.add(raw("query is a number", i -> "{\"query\": 42}", Who.EDITOR, 400, "BAD_REQUEST"));
        all.add(raw("variables is a string", i -> "{\"query\": \"{ topics { totalCount } }\", \"variables\": \"x\"}",
                Who.EDITOR, 400, "BAD_REQUEST"));
        all.add(raw("batched array of operations", i -> "[" + String.join(",", java.util.Collections.nCopies(50,
                body(RETRACT, Map.of("input", Map.of("id", i.position(), "reason", "batch"))))) + "]",
                Who.EDITOR, 400, "BAD_REQUEST"));
        all.add(raw("body over 64 KiB", i -> body(ADD_ARTICLE, Map.of("input", article("x".repeat(70_000)))),
                Who.EDITOR, 413, "QUERY_TOO_LARGE"));
        // The document
        all.add(gql("invalid GraphQL", "mutation { retract(input: { id: ", Map.of(), Who.EDITOR, 200,
                "GRAPHQL_PARSE_FAILED", null));
        all.add(gql("unknown mutation", "mutation { deleteEverything { ok } }", Map.of(), Who.EDITOR, 200,
                "GRAPHQL_VALIDATION_FAILED", null));
        all.add(gql("unknown input field in a literal",
                "mutation { retract(input: { id: \"x\", reason: \"r\", force: true }) { node { id } } }", Map.of(),
                Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(gql("too many tokens", "mutation { " + "__typename ".repeat(4_000) + "}", Map.of(), Who.EDITOR, 200,
                "QUERY_TOO_LARGE", null));
        all.add(gql("nested too deep", "{ person(name: \"Rutte\") { " + "positions { nodes { meeting { participants { person { ".repeat(3)
                + "name" + " } } } } }".repeat(3) + " } }", Map.of(), Who.EDITOR, 200, "QUERY_TOO_DEEP", null));
        all.add(gql("alias flood of mutations", aliasFlood(11), Map.of(), Who.EDITOR, 200, "QUERY_TOO_COMPLEX", null));
        all.add(gql("alias flood of fields", "{ " + floodFields(200) + " }", Map.of(), Who.NOBODY, 200, "QUERY_TOO_COMPLEX", null));
        // Variables of the wrong shape
        all.add(vars("unknown input field in variables", RECORD, i -> with(position(i), "secret", "x"),
                "GRAPHQL_VALIDATION_FAILED", null));
        all.add(vars("wrong enum value", RECORD, i -> with(position(i), "kind", "PROMISE"), "BAD_USER_INPUT", null));
        all.add(vars("string for an Int", UPDATE, i -> Map.of("id", i.position(), "version", "one"), "BAD_USER_INPUT", null));
        all.add(vars("number for a String", RECORD, i -> with(position(i), "summary", 12), "BAD_USER_INPUT", null));
        all.add(vars("list for a String", RECORD, i -> with(position(i), "summary", List.of("a")), "BAD_USER_INPUT", null));
        all.add(gql("null for a non-null input", RECORD, nullInput(), Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(gql("missing variable", RECORD, Map.of(), Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(vars("null evidence", RECORD, i -> with(position(i), "evidence", null), "BAD_USER_INPUT", null));
        all.add(vars("null quote", RECORD, i -> with(position(i), "evidence", List.of(nullQuote(i))), "BAD_USER_INPUT", null));
        // Dates
        all.add(vars("impossible date 2025-02-30", RECORD, i -> dated(i, "2025-02-30", "DAY", "STATED"), "BAD_USER_INPUT", "date.value"));
        all.add(vars("month 13", RECORD, i -> dated(i, "2025-13", "MONTH", "STATED"), "BAD_USER_INPUT", "date.value"));
        all.add(vars("day date with MONTH precision", RECORD, i -> dated(i, "2025-03-02", "MONTH", "STATED"),
                "BAD_USER_INPUT", "date.value"));
        all.add(vars("month date with DAY precision", RECORD, i -> dated(i, "2025-02", "DAY", "STATED"), "BAD_USER_INPUT", "date.value"));
        all.add(vars("European date order", RECORD, i -> dated(i, "27-02-2025", "DAY", "STATED"), "BAD_USER_INPUT", null));
        all.add(vars("date without basis", RECORD, i -> dated(i, "2025-03-02", "DAY", null), "BAD_USER_INPUT", null));
        all.add(vars("no date", RECORD, i -> with(position(i), "date", null), "BAD_USER_INPUT", null));
        all.add(vars("impossible publication month", ADD_ARTICLE, i -> with(article("Tekst 1"), "publishedMonth", "2025-13"),
                "BAD_USER_INPUT", "publishedMonth"));
        all.add(vars("publication month in words", ADD_ARTICLE, i -> with(article("Tekst 2"), "publishedMonth", "April"),
                "BAD_USER_INPUT", null));
        // IDs
        all.add(vars("malformed holder ID", RECORD, i -> with(position(i), "holder", "!!!"), "BAD_USER_INPUT", "holder"));
        all.add(vars("holder ID of an article", RECORD, i -> with(position(i), "holder", i.article()), "BAD_USER_INPUT", "holder"));
        all.add(vars("unknown holder ID", RECORD, i -> with(position(i), "holder", NodeId.of("Person", 987_654_321L)),
                "NOT_FOUND", "holder"));
        all.add(vars("unknown article in evidence", RECORD, i -> with(position(i), "evidence",
                List.of(Map.of("article", NodeId.of("Article", 987_654_321L), "quote", "x"))), "NOT_FOUND", "evidence[0].article"));
        all.add(vars("retract unknown ID", RETRACT, i -> Map.of("id", NodeId.of("Position", 987_654_321L), "reason", "r"),
                "NOT_FOUND", "id"));
        all.add(vars("retract malformed ID", RETRACT, i -> Map.of("id", "%%%", "reason", "r"), "BAD_USER_INPUT", null));
        all.add(vars("retract an article", RETRACT, i -> Map.of("id", i.article(), "reason", "r"), "BAD_USER_INPUT", "id"));
        all.add(vars("update unknown position", UPDATE, i -> Map.of("id", NodeId.of("Position", 987_654_321L), "version", 0),
                "NOT_FOUND", "id"));
        all.add(vars("update with stale version", UPDATE, i -> Map.of("id", i.position(), "version", i.positionVersion() + 7,
                "summary", "lost update"), "CONFLICT", null));
        // Evidence
        all.add(vars("quote not in the article", RECORD, i -> with(position(i), "evidence", List.of(quote(i, "Dit staat er niet."))),
                "BAD_USER_INPUT", "evidence[0].quote"));
        all.add(vars("quote in the wrong case", RECORD, i -> with(position(i), "evidence",
                List.of(quote(i, i.articleText().substring(0, 40).toUpperCase()))), "BAD_USER_INPUT", "evidence[0].quote"));
        all.add(vars("second occurrence that does not exist", RECORD, i -> with(position(i), "evidence",
                List.of(with(quote(i, i.articleText().substring(0, 60)), "occurrence", 2))), "BAD_USER_INPUT", "evidence[0].quote"));
        all.add(vars("occurrence zero", RECORD, i -> with(position(i), "evidence",
                List.of(with(quote(i, i.articleText().substring(0, 60)), "occurrence", 0))), "BAD_USER_INPUT", null));
        all.add(vars("no evidence", RECORD, i -> with(position(i), "evidence", List.of()), "BAD_USER_INPUT", null));
        // Sizes
        all.add(vars("summary over 2,000 characters", RECORD, i -> with(position(i), "summary", "s".repeat(2001)),
                "BAD_USER_INPUT", "summary"));
        all.add(vars("title over 500 characters", ADD_ARTICLE, i -> with(article("Tekst 3"), "title", "t".repeat(501)),
                "BAD_USER_INPUT", "title"));
        all.add(vars("quote over 4,000 characters", RECORD, i -> with(position(i), "evidence", List.of(quote(i, "q".repeat(4001)))),
                "BAD_USER_INPUT", "evidence[0].quote"));
        all.add(vars("21 evidence quotes", RECORD, i -> with(position(i), "evidence",
                java.util.Collections.nCopies(21, quote(i, i.articleText().substring(0, 60)))), "BAD_USER_INPUT", "evidence"));
        all.add(vars("blank retraction reason", RETRACT, i -> Map.of("id", i.position(), "reason", "   "), "BAD_USER_INPUT", "reason"));
        all.add(vars("language that is not a code", ADD_ARTICLE, i -> with(article("Tekst 4"), "language", "Dutch"),
                "BAD_USER_INPUT", "language"));
        all.add(vars("NUL character", RECORD, i -> with(position(i), "summary", "a\u0000b"), "BAD_USER_INPUT", null));
        // People, offices, meetings
        all.add(vars("person name over 300 characters", CREATE_PERSON, i -> mapOf("name", "n".repeat(301)), "BAD_USER_INPUT", "name"));
        all.add(vars("21 aliases", CREATE_PERSON, i -> mapOf("name", "Alias Flood", "aliases",
                java.util.stream.IntStream.range(0, 21).mapToObj(k -> "Alias " + k).toList()), "BAD_USER_INPUT", "aliases"));
        all.add(vars("office starting on 2025-02-30", CREATE_OFFICE, i -> with(office(i), "start",
                mapOf("value", "2025-02-30", "precision", "DAY", "basis", "STATED")), "BAD_USER_INPUT", "start.value"));
        all.add(vars("office ending before it starts", CREATE_OFFICE, i -> with(office(i), "end",
                mapOf("value", "2024", "precision", "YEAR", "basis", "STATED")), "BAD_USER_INPUT", "end"));
        all.add(vars("office with a year written as a month", CREATE_OFFICE, i -> with(office(i), "start",
                mapOf("value", "2025", "precision", "MONTH", "basis", "STATED")), "BAD_USER_INPUT", "start.value"));
        all.add(vars("cancelled meeting without a reason", CREATE_MEETING, i -> meeting(i, "CANCELLED"), "BAD_USER_INPUT",
                "statusReason"));
        all.add(vars("meeting title over 500 characters", CREATE_MEETING, i -> with(meeting(i, "HELD"), "title", "t".repeat(501)),
                "BAD_USER_INPUT", "title"));
        // Who is asking
        all.add(as("no token", Who.NOBODY, 200, "UNAUTHENTICATED"));
        all.add(as("reader without the editor role", Who.READER, 200, "FORBIDDEN"));
        all.add(as("expired token", Who.EXPIRED, 401, "UNAUTHENTICATED"));
        all.add(as("tampered token", Who.TAMPERED, 401, "UNAUTHENTICATED"));
        all.add(as("token signed by another key", Who.FOREIGN, 401, "UNAUTHENTICATED"));
        all.add(as("garbage token", Who.GARBAGE, 401, "UNAUTHENTICATED"));
        return all.stream();
    }

    @Test
    void injectionLookingAndUnusualTextIsStoredAndReturnedExactly() {
        String text = "Artikel met \u200Frechts-naar-links\u200E, emoji \uD83C\uDDFA\uD83C\uDDE6 \uD83D\uDD4A\uFE0F, "
                + "combinerend e\u0301e\u0308n, en '; DROP TABLE position; -- " + java.util.UUID.randomUUID();
        JsonPath added = GraphQL.data(ADD_ARTICLE, Map.of("input", article(text)), TestTokens.editor());
        assertEquals(text, added.getString("addArticle.article.text"));
        String article = added.getString("addArticle.article.id");
        String quote = "'; DROP TABLE position; --";
        String summary = "Robert'); DROP TABLE position; -- \u202Eevil\u202C \uD83D\uDE00 a\u0308\u0301 <script>alert(1)</script>";
        Map<String, Object> input = position(ids);
        input.put("summary", summary);
        input.put("evidence", List.of(Map.of("article", article, "quote", quote)));
        JsonPath recorded = GraphQL.data("""
                mutation ($input: RecordPositionInput!) { recordPosition(input: $input) {
                  position { id summary evidence { quote startOffset endOffset } } } }""",
                Map.of("input", input), TestTokens.editor());
        assertEquals(summary, recorded.getString("recordPosition.position.summary"));
        assertEquals(quote, recorded.getString("recordPosition.position.evidence[0].quote"));
        assertEquals(text.indexOf(quote), recorded.getInt("recordPosition.position.evidence[0].startOffset"));
        String id = recorded.getString("recordPosition.position.id");
        JsonPath read = GraphQL.data("query ($id: ID!) { node(id: $id) { ... on Position { summary } } }", Map.of("id", id));
        assertEquals(summary, read.getString("node.summary"));
        assertTrue(GraphQL.data("{ positions(first: 0) { totalCount } }", Map.of()).getInt("positions.totalCount") > 0,
                "the position table is still there");
        GraphQL.data(RETRACT, Map.of("input", Map.of("id", id, "reason", "round-trip test")), TestTokens.editor());
    }

    // ----- building requests -----

    private static Response send(String body, String token) {
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    static String body(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Case raw(String name, Function<Ids, String> body, Who who, int status, String code) {
        return new Case(name, body, who, status, code, null);
    }

    static Case gql(String name, String query, Map<String, ?> variables, Who who, int status, String code, String field) {
        return new Case(name, i -> body(query, variables), who, status, code, field);
    }

    /** A mutation sent by an editor with {@code $input} built from the IDs. */
    static Case vars(String name, String mutation, Function<Ids, Map<String, Object>> input, String code, String field) {
        return new Case(name, i -> body(mutation, mapOf("input", input.apply(i))), Who.EDITOR, 200, code, field);
    }

    /** A valid retraction sent by someone who may not make it. */
    static Case as(String name, Who who, int status, String code) {
        return new Case(name, i -> body(RETRACT, Map.of("input", Map.of("id", i.position(), "reason", "not allowed"))),
                who, status, code, null);
    }

    public static Map<String, Object> position(Ids i) {
        Map<String, Object> input = new HashMap<>();
        input.put("holder", i.person());
        input.put("kind", "STANCE");
        input.put("summary", "A stance.");
        input.put("date", day("2025-03-02"));
        input.put("evidence", List.of(quote(i, i.articleText().substring(0, 60))));
        return input;
    }

    static Map<String, Object> office(Ids i) {
        return mapOf("person", i.person(), "organization", i.organization(), "role", "Role",
                "start", mapOf("value", "2025-01", "precision", "MONTH", "basis", "STATED"),
                "evidence", List.of(quote(i, i.articleText().substring(0, 60))));
    }

    static Map<String, Object> meeting(Ids i, String status) {
        return mapOf("title", "A meeting", "kind", "BILATERAL", "status", status,
                "evidence", List.of(quote(i, i.articleText().substring(0, 60))));
    }

    static Map<String, Object> quote(Ids i, String quote) {
        return mapOf("article", i.article(), "quote", quote);
    }

    static Map<String, Object> nullQuote(Ids i) {
        return mapOf("article", i.article(), "quote", null);
    }

    static Map<String, Object> article(String text) {
        return mapOf("title", "Bad input", "language", "nl", "publishedMonth", "2025-04", "text", text);
    }

    /** A PartialDateInput stated to the day. */
    static Map<String, Object> day(String value) {
        return mapOf("value", value, "precision", "DAY", "basis", "STATED");
    }

    /** The position input with its date replaced by one of these parts. */
    static Map<String, Object> dated(Ids i, String value, String precision, String basis) {
        return with(position(i), "date", mapOf("value", value, "precision", precision, "basis", basis));
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            map.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return map;
    }

    static Map<String, Object> nullInput() {
        return mapOf("input", null);
    }

    static String aliasFlood(int n) {
        StringBuilder doc = new StringBuilder("mutation {");
        for (int k = 0; k < n; k++) {
            doc.append(" r").append(k).append(": retract(input: { id: \"UG9zaXRpb246MQ\", reason: \"flood\" }) { node { id } }");
        }
        return doc.append(" }").toString();
    }

    static String floodFields(int n) {
        StringBuilder doc = new StringBuilder();
        for (int k = 0; k < n; k++) {
            doc.append(" p").append(k).append(": people { nodes { id name aliases } totalCount }");
        }
        return doc.toString();
    }
}
