package org.parley.person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/** Names and identifiers given through the API: family names, the bare-given-name rule, ambiguity, identifiers. */
@QuarkusTest
class NameCurationTest {

    static final String CREATE = """
            mutation ($input: CreatePersonInput!) {
              createPerson(input: $input) { person { id name familyName aliases version identifiers { scheme identifier inferred } } } }""";
    static final String UPDATE = """
            mutation ($input: UpdatePersonInput!) {
              updatePerson(input: $input) { person { id familyName identifiers { identifier } } } }""";
    static final String PERSON = "query ($name: String!) { person(name: $name) { id name } }";

    final List<String> created = new ArrayList<>();

    @AfterEach
    void removeWhatWasCreated() {
        QuarkusTransaction.requiringNew().run(() -> created.forEach(id -> Person.deleteById(NodeId.parseField(id, Person.TYPE, "id"))));
    }

    private JsonPath create(Map<String, Object> input) {
        JsonPath data = GraphQL.data(CREATE, Map.of("input", input), TestTokens.editor());
        created.add(data.getString("createPerson.person.id"));
        return data;
    }

    @Test
    void aBareGivenNameIsRefusedAsAnAlias() {
        JsonPath refused = GraphQL.failing(CREATE, Map.of("input", Map.of("name", "Mark Carney", "familyName", "Carney",
                "aliases", List.of("Carney", "Mark"))), TestTokens.editor());
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"));
        assertEquals("aliases", refused.getString("errors[0].extensions.field"));
        assertThat(refused.getString("errors[0].message"), containsString("bare given name"));
        JsonPath nameless = GraphQL.failing(PERSON, Map.of("name", "Mark Carney"));
        assertEquals("NOT_FOUND", nameless.getString("errors[0].extensions.code"));
    }

    @Test
    void aSecondMarkCollidesWithNobody() {
        create(Map.of("name", "Mark Carney", "familyName", "Carney"));
        assertEquals("Mark Carney", GraphQL.data(PERSON, Map.of("name", "Carney")).getString("person.name"));
        assertEquals("Mark Rutte", GraphQL.data(PERSON, Map.of("name", "Rutte")).getString("person.name"));
        assertEquals("NOT_FOUND", GraphQL.failing(PERSON, Map.of("name", "Mark")).getString("errors[0].extensions.code"));
        // A search box still offers both Marks.
        JsonPath search = GraphQL.data("query ($s: String) { people(search: $s, first: 100) { nodes { name } } }", Map.of("s", "Mark"));
        assertThat(search.getList("people.nodes.name"), hasItems("Mark Rutte", "Mark Carney"));
    }

    @Test
    void anExactSpellingWinsAndTwoTransliterationsAreAmbiguous() {
        create(Map.of("name", "Anna Kowalski", "familyName", "Kowalski"));
        create(Map.of("name", "Olga Kowalskij", "familyName", "Kowalskij"));
        assertEquals("Anna Kowalski", GraphQL.data(PERSON, Map.of("name", "kowalski")).getString("person.name"));
        assertEquals("Olga Kowalskij", GraphQL.data(PERSON, Map.of("name", "Kowalskij")).getString("person.name"));
        JsonPath ambiguous = GraphQL.failing(PERSON, Map.of("name", "Kowalskyy"));
        assertEquals("AMBIGUOUS_NAME", ambiguous.getString("errors[0].extensions.code"));
        assertThat(ambiguous.getList("errors[0].extensions.candidates"), containsInAnyOrder("Anna Kowalski", "Olga Kowalskij"));
        assertThat(ambiguous.getString("errors[0].message"), containsString("Anna Kowalski"));
    }

    @Test
    void identifiersAreCheckedStoredAndReplaced() {
        JsonPath badQid = GraphQL.failing(CREATE, Map.of("input", Map.of("name", "Ida Identifier",
                "identifiers", List.of(Map.of("scheme", "wikidata", "identifier", "7747")))), TestTokens.editor());
        assertEquals("BAD_USER_INPUT", badQid.getString("errors[0].extensions.code"));
        assertEquals("identifiers", badQid.getString("errors[0].extensions.field"));
        JsonPath twice = GraphQL.failing(CREATE, Map.of("input", Map.of("name", "Ida Identifier", "identifiers", List.of(
                Map.of("scheme", "wikidata", "identifier", "Q1"), Map.of("scheme", "wikidata", "identifier", "Q2")))),
                TestTokens.editor());
        assertEquals("BAD_USER_INPUT", twice.getString("errors[0].extensions.code"));

        JsonPath made = create(Map.of("name", "Ida Identifier", "familyName", "Identifier", "identifiers", List.of(
                Map.of("scheme", "wikidata", "identifier", "Q123456", "inferred", true), Map.of("scheme", "viaf", "identifier", "42"))));
        assertEquals("Identifier", made.getString("createPerson.person.familyName"));
        assertEquals(List.of("viaf", "wikidata"), made.getList("createPerson.person.identifiers.scheme"));
        assertEquals(List.of(false, true), made.getList("createPerson.person.identifiers.inferred"));

        JsonPath updated = GraphQL.data(UPDATE, Map.of("input", Map.of("id", made.getString("createPerson.person.id"),
                "version", made.getInt("createPerson.person.version"), "familyName", "",
                "identifiers", List.of(Map.of("scheme", "wikidata", "identifier", "Q654321")))), TestTokens.editor());
        assertThat(updated.getString("updatePerson.person.familyName"), nullValue());
        assertEquals(List.of("Q654321"), updated.getList("updatePerson.person.identifiers.identifier"));
        assertEquals("NOT_FOUND", GraphQL.failing(PERSON, Map.of("name", "Identifier")).getString("errors[0].extensions.code"));
    }
}
