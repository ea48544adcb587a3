package org.parley.graphql;

import static org.parley.graphql.BadInputTest.CREATE_PERSON;
import static org.parley.graphql.BadInputTest.RECORD;
import static org.parley.graphql.BadInputTest.UPDATE;
import static org.parley.graphql.BadInputTest.body;
import static org.parley.graphql.BadInputTest.gql;
import static org.parley.graphql.BadInputTest.mapOf;
import static org.parley.graphql.BadInputTest.position;
import static org.parley.graphql.BadInputTest.quote;
import static org.parley.graphql.BadInputTest.raw;
import static org.parley.graphql.BadInputTest.vars;
import static org.parley.graphql.BadInputTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.graphql.BadInputTest.Case;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.BadInputTest.Who;

/**
 * Strict coercion and text: more hostile requests in the style of {@link BadInputTest} (same
 * checks: HTTP status, extensions.code, no stack trace, database unchanged), and the values at
 * the edge of each limit that must still be accepted.
 */
@QuarkusTest
public class HostileInputTest {

    static final String PERSON_OFFICES = "query ($name: String!, $asOf: Date) { person(name: $name) { offices(asOf: $asOf) { role } } }";
    static final String PEOPLE_FIRST = "query ($first: Int) { people(first: $first) { totalCount } }";
    static final String UPDATE_PERSON = "mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }";

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRejectedWithACodeAndChangesNothing(Case c) {
        BadInputTest.check(c, BadInputTest.lookUp(), em);
    }

    static Stream<Case> hostile() {
        List<Case> all = new ArrayList<>();
        // NUL written as the GraphQL escape \u0000 in a literal: invisible to the HTTP layer
        all.add(gql("NUL escape in a name literal", "mutation { createPerson(input: { name: \"a\\u0000b\" }) { person { id } } }",
                Map.of(), Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(gql("NUL escape in an alias literal",
                "mutation { createPerson(input: { name: \"Nul Alias\", aliases: [\"x\\u0000\"] }) { person { id } } }",
                Map.of(), Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(new Case("NUL escape in a summary and a quote literal", i -> body("mutation ($holder: ID!, $article: ID!) {"
                + " recordPosition(input: { holder: $holder, kind: STANCE, summary: \"a\\u0000b\", date: \"2025-03-02\","
                + " datePrecision: DAY, dateBasis: STATED, evidence: [{ article: $article, quote: \"q\\u0000\" }] }) { position { id } } }",
                Map.of("holder", i.person(), "article", i.article())), Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(vars("NUL in an alias variable", CREATE_PERSON, i -> mapOf("name", "Nul Alias", "aliases", List.of("x\u0000")),
                "BAD_USER_INPUT", null));
        all.add(vars("NUL in a quote variable", RECORD, i -> with(position(i), "evidence", List.of(quote(i, "q\u0000"))),
                "BAD_USER_INPUT", null));
        all.add(gql("escape of a code point beyond Unicode", "mutation { createPerson(input: { name: \"a\\u{FFFFFFFFFFFF}b\" }) { person { id } } }",
                Map.of(), Who.EDITOR, 200, "GRAPHQL_PARSE_FAILED", null));
        // Dates, in variables and literals, on a nested field argument too
        for (String date : List.of("2025-02-30", "10000-01-01", "+9999999-01-01", "-000001-01-01", "0000-01-01", "2025-1-1")) {
            all.add(gql("asOf " + date, PERSON_OFFICES, Map.of("name", "poetin", "asOf", date), Who.NOBODY, 200, "BAD_USER_INPUT", null));
        }
        all.add(gql("asOf 2025-02-30 literal", "{ person(name: \"poetin\") { offices(asOf: \"2025-02-30\") { role } } }", Map.of(),
                Who.NOBODY, 200, "BAD_USER_INPUT", null));
        all.add(gql("asOf 10000-01-01 literal", "{ person(name: \"poetin\") { offices(asOf: \"10000-01-01\") { role } } }", Map.of(),
                Who.NOBODY, 200, "BAD_USER_INPUT", null));
        all.add(gql("on 0000-01-01", "query ($on: Date!) { commitments(leader: \"Trump\", on: $on) { summary } }",
                Map.of("on", "0000-01-01"), Who.NOBODY, 200, "BAD_USER_INPUT", null));
        all.add(gql("from as a number", "query ($from: Date) { positions(from: $from) { totalCount } }", Map.of("from", 20250101),
                Who.NOBODY, 200, "BAD_USER_INPUT", null));
        // Int: whole numbers in 32 bits, never strings, never wrapped
        for (Object first : List.of(1e30, 1.5, 2147483648L, new java.math.BigInteger("9223372036854775808"), 4294967296L, "12", "0")) {
            all.add(gql("first: " + (first instanceof String ? "\"" + first + "\"" : first), PEOPLE_FIRST, Map.of("first", first),
                    Who.NOBODY, 200, "BAD_USER_INPUT", null));
        }
        all.add(raw("first: 1e400", i -> "{\"query\": \"" + PEOPLE_FIRST + "\", \"variables\": {\"first\": 1e400}}", Who.NOBODY, 200,
                "BAD_USER_INPUT"));
        all.add(gql("first: 4294967296 literal", "{ people(first: 4294967296) { totalCount } }", Map.of(), Who.NOBODY, 200,
                "BAD_USER_INPUT", null));
        all.add(gql("first: \"12\" literal", "{ people(first: \"12\") { totalCount } }", Map.of(), Who.NOBODY, 200,
                "BAD_USER_INPUT", null));
        for (Object version : List.of(4294967296L, new java.math.BigInteger("18446744073709551616"), -4294967296L, "0")) {
            all.add(vars("version " + version, UPDATE, i -> Map.of("id", i.position(), "version", version, "summary", "wrapped"),
                    "BAD_USER_INPUT", null));
        }
        all.add(new Case("version 4294967296 literal", i -> body("mutation ($id: ID!) { updatePosition(input: { id: $id,"
                + " version: 4294967296, summary: \"wrapped\" }) { position { id } } }", Map.of("id", i.position())),
                Who.EDITOR, 200, "BAD_USER_INPUT", null));
        all.add(new Case("person version 2^32", i -> body(UPDATE_PERSON, Map.of("input", Map.of("id", i.person(),
                "version", 4294967296L, "name", "Wrapped"))), Who.EDITOR, 200, "BAD_USER_INPUT", null));
        // Names
        all.add(vars("name of zero-width characters", CREATE_PERSON, i -> mapOf("name", "\u200B\u200C\u200D\uFEFF"), "BAD_USER_INPUT", "name"));
        all.add(vars("name of soft hyphens", CREATE_PERSON, i -> mapOf("name", "\u00AD\u00AD \u00AD"), "BAD_USER_INPUT", "name"));
        all.add(vars("alias of zero-width characters", CREATE_PERSON, i -> mapOf("name", "Visible Name", "aliases", List.of("\u200B")),
                "BAD_USER_INPUT", null));
        all.add(vars("name of 20 x U+FDFA", CREATE_PERSON, i -> mapOf("name", "\uFDFA".repeat(20)), "BAD_USER_INPUT", "name"));
        all.add(vars("name of 301 composed characters", CREATE_PERSON, i -> mapOf("name", "e\u0301".repeat(301)), "BAD_USER_INPUT", "name"));
        all.add(vars("name of 301 emoji", CREATE_PERSON, i -> mapOf("name", "\uD83D\uDE00".repeat(301)), "BAD_USER_INPUT", "name"));
        all.add(new Case("organization renamed to zero-width characters", i -> body("mutation ($input: UpdateOrganizationInput!) {"
                + " updateOrganization(input: $input) { organization { id } } }", Map.of("input", Map.of("id", i.organization(),
                "version", 0, "name", "\u200B"))), Who.EDITOR, 200, "BAD_USER_INPUT", "name"));
        // Half a surrogate pair sent as a JSON escape: no character at all (PostgreSQL refuses it, H2 stored it)
        all.add(raw("lone high surrogate in a name variable", i -> "{\"query\": \"" + CREATE_PERSON
                + "\", \"variables\": {\"input\": {\"name\": \"a\\ud800b\"}}}", Who.EDITOR, 200, "BAD_USER_INPUT"));
        all.add(raw("lone low surrogate in a search variable", i -> "{\"query\": \"query ($s: String) { people(search: $s)"
                + " { totalCount } }\", \"variables\": {\"s\": \"\\udc00\"}}", Who.NOBODY, 200, "BAD_USER_INPUT"));
        // Year 0000 fits four digits but is no year
        all.add(vars("position dated year 0000", RECORD, i -> with(position(i), "date",
                mapOf("value", "0000", "precision", "YEAR", "basis", "STATED")), "BAD_USER_INPUT", "date.value"));
        all.add(vars("position dated in a range from 0000-01-01", RECORD, i -> with(position(i), "date",
                mapOf("value", "0000-01-01/2025-01-01", "precision", "RANGE", "basis", "STATED")), "BAD_USER_INPUT", "date.value"));
        all.add(vars("article published in 0000-01", BadInputTest.ADD_ARTICLE, i -> with(BadInputTest.article("Jaar nul "
                + UUID.randomUUID()), "publishedMonth", "0000-01"), "BAD_USER_INPUT", "publishedMonth"));
        // The request
        all.add(raw("operationName empty with two operations", i -> body2("query A { topics { totalCount } } query B { topics { totalCount } }", ""),
                Who.NOBODY, 400, "BAD_REQUEST"));
        all.add(raw("operationName a number", i -> "{\"query\": \"{ topics { totalCount } }\", \"operationName\": 5}", Who.NOBODY, 400,
                "BAD_REQUEST"));
        all.add(raw("operationName an object", i -> "{\"query\": \"{ topics { totalCount } }\", \"operationName\": {}}", Who.NOBODY, 400,
                "BAD_REQUEST"));
        all.add(raw("JSON with a byte order mark", i -> "\uFEFF{\"query\": \"{ topics { totalCount } }\"}", Who.NOBODY, 400, "BAD_REQUEST"));
        all.add(raw("JSON with a block comment", i -> "{\"query\": \"{ topics { totalCount } }\" /* hi */}", Who.NOBODY, 400, "BAD_REQUEST"));
        all.add(raw("JSON with a line comment", i -> "// hi\n{\"query\": \"{ topics { totalCount } }\"}", Who.NOBODY, 400, "BAD_REQUEST"));
        all.add(raw("JSON with a trailing comma", i -> "{\"query\": \"{ topics { totalCount } }\",}", Who.NOBODY, 400, "BAD_REQUEST"));
        all.add(gql("3,001 tokens", "{ " + "__typename ".repeat(2_999) + "}", Map.of(), Who.NOBODY, 200, "QUERY_TOO_LARGE", null));
        return all.stream();
    }

    /** Bodies that are not UTF-8 JSON: refused before anything parses them, with a coded error. */
    @Test
    void aBodyThatIsNotUtf8IsABadRequest() {
        String before = DatabaseDigest.of(em);
        String json = "{\"query\": \"{ topics { totalCount } }\", \"x\": \"";
        List<byte[]> bodies = List.of(
                concat(json.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC0, (byte) 0xAF, '"', '}' }), // overlong "/"
                concat(json.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF, '"', '}' }), // never UTF-8
                "{\"query\": \"{ topics { totalCount } }\"}".getBytes(StandardCharsets.UTF_16LE)); // Jackson would guess UTF-16
        for (byte[] body : bodies) {
            io.restassured.response.Response response = io.restassured.RestAssured.given()
                    .contentType(io.restassured.http.ContentType.JSON).body(body).post("/graphql");
            assertEquals(400, response.statusCode(), response.asString());
            assertEquals("BAD_REQUEST", JsonPath.from(response.asString()).getString("errors[0].extensions.code"));
            assertTrue(response.asString().contains("not valid"), response.asString());
        }
        assertEquals(before, DatabaseDigest.of(em));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static String body2(String query, String operationName) {
        return body(query, Map.of()).replaceFirst("\\}$", ", \"operationName\": \"" + operationName + "\"}");
    }

    @Test
    void exactlyTheDocumentedTokenLimitIsAccepted() {
        // "{", one field, 999 aliased fields (3 tokens each) and "}": 3,000 tokens, the documented
        // maximum, and 1,000 fields, the field limit
        StringBuilder document = new StringBuilder("{ __typename ");
        for (int i = 1; i <= 999; i++) {
            document.append('a').append(i).append(": __typename ");
        }
        JsonPath data = GraphQL.data(document.append('}').toString(), Map.of());
        assertEquals("Query", data.getString("a999"));
    }

    @Test
    void edgeValuesAreAccepted() {
        GraphQL.data(PEOPLE_FIRST, Map.of("first", 0));
        GraphQL.data(PEOPLE_FIRST, Map.of("first", 1.0));
        GraphQL.data(PERSON_OFFICES, Map.of("name", "poetin", "asOf", "0001-01-01"));
        GraphQL.data(PERSON_OFFICES, Map.of("name", "poetin", "asOf", "9999-12-31"));
        GraphQL.data(PERSON_OFFICES, Map.of("name", "poetin", "asOf", "2024-02-29"));
    }

    @Test
    void nameLimitsCountCharactersAfterNormalisation() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // 300 characters each: composed "é" sent as e + U+0301 (600 UTF-16 units), and emoji (600 units)
        String accents = tag + "e\u0301".repeat(300 - tag.length());
        String emoji = tag + "\uD83D\uDE00".repeat(300 - tag.length());
        for (String name : List.of(accents, emoji)) {
            JsonPath created = GraphQL.data("mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }",
                    Map.of("input", Map.of("name", name)), TestTokens.editor());
            assertEquals(name, created.getString("createPerson.person.name"), "stored as sent");
        }
    }
}
