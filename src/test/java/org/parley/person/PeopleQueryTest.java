package org.parley.person;

import org.parley.position.PositionKind;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/** person, people, organizations and the views nested under a person. */
@QuarkusTest
public class PeopleQueryTest {

    static final String PERSON = """
            query ($name: String!, $asOf: Date, $kind: PositionKind) {
              person(name: $name) {
                id name aliases
                offices(asOf: $asOf) { role startDate startBasis endDate organization { name } person { name }
                                       evidence { quote } }
                positions(kind: $kind, first: 3) { totalCount pageInfo { hasNextPage } nodes { kind summary } }
                meetings(first: 2) { totalCount nodes { title } }
              }
            }""";

    @Test
    void findsAPersonByAnyAliasWithOfficesAsOfADay() {
        JsonPath data = GraphQL.data(PERSON, Map.of("name", "poetin", "asOf", "2025-03-13"));
        assertEquals("Vladimir Putin", data.getString("person.name"));
        assertThat(data.getList("person.aliases"), hasItem("Poetin"));
        assertThat(data.getList("person.offices.role"), contains("President of Russia"));
        assertEquals("INFERRED", data.getString("person.offices[0].startBasis"));
        assertThat(data.getList("person.offices[0].evidence.quote"), hasItem(org.hamcrest.Matchers.containsString("Poetin")));
    }

    @Test
    void officesAsOfADayLeaveOutThoseNotHeldThen() {
        JsonPath then = GraphQL.data(PERSON, Map.of("name", "Trump", "asOf", "2019-06-03"));
        assertThat(then.getList("person.offices.endDate"), contains("2021-01-20"));
        JsonPath all = GraphQL.data(PERSON, Map.of("name", "Trump"));
        assertEquals(2, all.getList("person.offices").size());
        JsonPath trudeau = GraphQL.data(PERSON, Map.of("name", "Trudeau", "asOf", "2025-03-20"));
        assertEquals(0, trudeau.getList("person.offices").size());
    }

    @Test
    void nestsAPersonsPositionsAndMeetingsAsPages() {
        JsonPath data = GraphQL.data(PERSON, Map.of("name", "Mark Rutte", "kind", "STANCE"));
        assertThat(data.getInt("person.positions.totalCount"), greaterThan(3));
        assertEquals(3, data.getList("person.positions.nodes").size());
        assertEquals(true, data.getBoolean("person.positions.pageInfo.hasNextPage"));
        assertThat(data.getList("person.positions.nodes.kind"), everyItem(is("STANCE")));
        assertThat(data.getInt("person.meetings.totalCount"), greaterThan(2));
        assertEquals(2, data.getList("person.meetings.nodes").size());
    }

    @Test
    void searchesPeopleAndOrganizationsByPartOfANameOrAlias() {
        JsonPath people = GraphQL.data("query ($s: String) { people(search: $s) { totalCount nodes { name } } }",
                Map.of("s", "zel"));
        assertThat(people.getList("people.nodes.name"), contains("Volodymyr Zelenskyy"));
        JsonPath everyone = GraphQL.data("{ people(first: 100) { totalCount nodes { name } } }", Map.of());
        assertEquals(everyone.getInt("people.totalCount"), everyone.getList("people.nodes").size());
        JsonPath nato = GraphQL.data("query ($s: String) { organizations(search: $s, kind: INTERNATIONAL_ORGANIZATION) "
                + "{ nodes { name kind aliases } } }", Map.of("s", "NAVO"));
        assertThat(nato.getList("organizations.nodes.name"), contains("NATO"));
    }

    @Test
    void searchTreatsWildcardsAsText() {
        JsonPath none = GraphQL.data("query ($s: String) { people(search: $s) { totalCount } }", Map.of("s", "%"));
        assertEquals(0, none.getInt("people.totalCount"));
    }

    @Test
    void unknownAndBlankNamesAreErrors() {
        JsonPath unknown = GraphQL.failing(PERSON, Map.of("name", "Metternich"));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        JsonPath blank = GraphQL.failing(PERSON, Map.of("name", " "));
        assertEquals("BAD_USER_INPUT", blank.getString("errors[0].extensions.code"));
    }

    @Test
    void listsTopicsAndArticlesWithWhatTheyBack() {
        JsonPath data = GraphQL.data("""
                { topics(first: 100) { totalCount nodes { slug name } }
                  articles(first: 5) { totalCount nodes { title language publishedMonth contentHash text
                                                meetings { title } positions { summary } } } }""", Map.of());
        assertThat(data.getList("topics.nodes.slug"), hasItem("security-guarantees"));
        // The founding articles come first; curation tests may have added more through the API.
        assertThat(data.getInt("articles.totalCount"), greaterThanOrEqualTo(5));
        assertThat(data.getList("articles.nodes.language"), everyItem(is("nl")));
        assertThat(data.getList("articles.nodes.publishedMonth"), containsInAnyOrder(
                "2025-02", "2025-03", "2025-03", "2025-03", "2025-03"));
        for (int i = 0; i < 5; i++) {
            assertThat(data.getList("articles.nodes[" + i + "].meetings").size(), greaterThan(0));
            assertThat(data.getList("articles.nodes[" + i + "].positions").size(), greaterThan(2));
        }
    }
}
