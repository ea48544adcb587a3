package org.parley.person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/**
 * The names people type, on the founding dataset only (read-only, so NameLookupIT runs the same
 * cases on PostgreSQL, where pg_trgm ranks): surnames, transliterations, no bare given names, fuzzy
 * search ranked by similarity, and the Wikidata identifiers of every founding person and organization.
 */
@QuarkusTest
public class NameLookupTest {

    static final String PERSON = "query ($name: String!) { person(name: $name) { name familyName aliases } }";
    static final String PEOPLE = "query ($s: String, $first: Int, $after: String) { people(search: $s, first: $first, after: $after) "
            + "{ totalCount pageInfo { hasNextPage endCursor } nodes { name } } }";
    static final String ORGANIZATIONS = "query ($s: String) { organizations(search: $s, first: 100) { nodes { name } } }";

    @ParameterizedTest
    @ValueSource(strings = {"Putin", "putin", " PUTIN ", "Vladimir Putin", "Poetin", "Vladimir Poetin", "Pútin"})
    void putinByHisSurnameAndItsSpellings(String name) {
        JsonPath data = GraphQL.data(PERSON, Map.of("name", name));
        assertEquals("Vladimir Putin", data.getString("person.name"));
        assertEquals("Putin", data.getString("person.familyName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zelensky", "Zelenskyy", "Zelenski", "Zelenskiy", "Zelenskij", "Zelenskyj", "zelénsky",
        "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Wolodymyr Zelenskyj", "Selenskyj"})
    void zelenskyByEveryTransliteration(String name) {
        assertEquals("Volodymyr Zelenskyy", GraphQL.data(PERSON, Map.of("name", name)).getString("person.name"));
    }

    @Test
    void aBareGivenNameIsNoAlias() {
        JsonPath mark = GraphQL.failing(PERSON, Map.of("name", "Mark"));
        assertEquals("NOT_FOUND", mark.getString("errors[0].extensions.code"));
        JsonPath rutte = GraphQL.data(PERSON, Map.of("name", "Rutte"));
        assertEquals("Mark Rutte", rutte.getString("person.name"));
        assertThat(rutte.getList("person.aliases"), not(hasItem("Mark")));
        JsonPath charles = GraphQL.failing(PERSON, Map.of("name", "Charles"));
        assertEquals("NOT_FOUND", charles.getString("errors[0].extensions.code"));
        assertEquals("King Charles III", GraphQL.data(PERSON, Map.of("name", "koning Charles")).getString("person.name"));
    }

    @Test
    void nearMissesAreFoundBestFirst() {
        assertEquals("Volodymyr Zelenskyy", GraphQL.data(PEOPLE, Map.of("s", "Zelenksy")).getString("people.nodes[0].name"));
        assertEquals("Keir Starmer", GraphQL.data(PEOPLE, Map.of("s", "Starmr")).getString("people.nodes[0].name"));
        assertEquals("Kaja Kallas", GraphQL.data(PEOPLE, Map.of("s", "kalas")).getString("people.nodes[0].name"));
        assertEquals("Vladimir Putin", GraphQL.data(PEOPLE, Map.of("s", "Putn")).getString("people.nodes[0].name"));
        JsonPath misspelt = GraphQL.failing(PERSON, Map.of("name", "Putn"));
        assertEquals("NOT_FOUND", misspelt.getString("errors[0].extensions.code")); // lookup is exact: search is for near misses
        assertEquals("Ursula von der Leyen", GraphQL.data(PEOPLE, Map.of("s", "von der leyn")).getString("people.nodes[0].name"));
        // "trum" shares 4 of 7 trigrams with "trump", and exactly the threshold (3 of 10) with "trudeau".
        assertInOrder(GraphQL.data(PEOPLE, Map.of("s", "Trum")).getList("people.nodes.name"), "Donald Trump", "Justin Trudeau");
        // Substring matches stay in, after the closer ones: similarity 0.25, 0.167, 0.154.
        assertInOrder(GraphQL.data(PEOPLE, Map.of("s", "ma", "first", 100)).getList("people.nodes.name"),
                "Emmanuel Macron", "Mark Rutte", "Marco Rubio");
        assertEquals(0, GraphQL.data(PEOPLE, Map.of("s", "Metternich")).getInt("people.totalCount"));
    }

    @Test
    void organizationsAreRankedBySimilarityThenName() {
        // 0.643 (twice, so by name), 0.563, 0.474, 0.353, 0.281 (a substring match below the threshold).
        assertInOrder(GraphQL.data(ORGANIZATIONS, Map.of("s", "europese")).getList("organizations.nodes.name"),
                "European Council", "European Union", "European government leaders", "European Commission",
                "The Europeans (unspecified)", "Leaders of European NATO countries");
        assertEquals("NATO", GraphQL.data(ORGANIZATIONS, Map.of("s", "navo")).getString("organizations.nodes[0].name"));
    }

    @Test
    void aRankedSearchPagesWithoutGapsOrRepeats() {
        List<String> all = GraphQL.data(PEOPLE, Map.of("s", "a", "first", 100)).getList("people.nodes.name");
        List<String> paged = new ArrayList<>();
        String after = null;
        for (int i = 0; i < 100; i++) {
            Map<String, Object> vars = new java.util.HashMap<>(Map.of("s", "a", "first", 2));
            if (after != null) {
                vars.put("after", after);
            }
            JsonPath page = GraphQL.data(PEOPLE, vars);
            paged.addAll(page.getList("people.nodes.name"));
            if (!page.getBoolean("people.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("people.pageInfo.endCursor");
        }
        assertEquals(all, paged);
        assertFalse(all.isEmpty());
    }

    @Test
    void everyFoundingPersonAndOrganizationHasItsWikidataItemOrSaysWhyNot() throws IOException {
        int people = checkIdentifiers("dataset/people.json", "people", "person(name: $name)");
        int organizations = checkIdentifiers("dataset/organizations.json", "organizations", "organizations(search: $name, first: 100)");
        assertEquals(13, people); // all 14 but Dick Schoof, whose item the curator could not name with certainty
        assertEquals(12, organizations); // all 18 but the coalition and five unnamed groups
    }

    /** Checks each record of a shared dataset file against the API; returns how many carry a Wikidata ID. */
    private static int checkIdentifiers(String file, String section, String field) throws IOException {
        JsonNode records;
        try (InputStream in = NameLookupTest.class.getClassLoader().getResourceAsStream(file)) {
            records = new ObjectMapper().readTree(in).get(section);
        }
        int withQid = 0;
        for (JsonNode r : records) {
            String name = r.get("name").asText();
            JsonNode qid = null;
            for (JsonNode id : r.path("identifiers")) {
                if (id.get("scheme").asText().equals("wikidata")) {
                    qid = id;
                }
            }
            JsonPath data = GraphQL.data("query ($name: String!) { " + field + " { "
                    + (section.equals("people") ? "name identifiers { scheme identifier inferred } } }"
                            : "nodes { name identifiers { scheme identifier inferred } } } }"), Map.of("name", name));
            String root = section.equals("people") ? "person" : "organizations.nodes.find { it.name == '" + name.replace("'", "\\'") + "' }";
            if (qid == null) {
                assertFalse(r.path("wikidataNote").asText("").isBlank(), name + " has neither a Wikidata ID nor a note why");
                assertThat(data.getList(root + ".identifiers"), empty());
                continue;
            }
            withQid++;
            assertTrue(qid.get("identifier").asText().matches("Q[1-9][0-9]*"), name);
            assertEquals("wikidata", data.getString(root + ".identifiers[0].scheme"), name);
            assertEquals(qid.get("identifier").asText(), data.getString(root + ".identifiers[0].identifier"), name);
            assertTrue(data.getBoolean(root + ".identifiers[0].inferred"), name + ": not from an article, so inferred");
        }
        return withQid;
    }

    /** The names appear in this order (other tests may have added names in between). */
    static void assertInOrder(List<String> names, String... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(expected[i] + " in " + names, names.indexOf(expected[i]), not(-1));
            if (i > 0) {
                assertThat(expected[i - 1] + " before " + expected[i] + " in " + names,
                        names.indexOf(expected[i - 1]), lessThan(names.indexOf(expected[i])));
            }
        }
    }
}
