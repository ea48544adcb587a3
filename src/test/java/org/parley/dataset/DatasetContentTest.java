package org.parley.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/**
 * What the founding dataset says, read through the API: the fixes of a sentence-by-sentence
 * review of the five articles (holders, participants, attribution, reactions, dates). Reads only.
 */
@QuarkusTest
class DatasetContentTest {

    static final String POSITIONS = """
            query ($holder: String, $organization: String, $topic: String, $from: Date, $to: Date, $match: DateMatch) {
              positions(holder: $holder, organization: $organization, topic: $topic, from: $from, to: $to,
                        match: $match, first: 100) {
                nodes { kind summary attribution dateText datePrecision date dateEnd dateBasis
                        holder { name } onBehalfOf { name } reactsTo { title } meeting { title }
                        evidence { quote } }
              }
            }""";

    static final String CLASH = "Zelensky meets Trump and Vance in the Oval Office";

    @Test
    void theBudgetRedirectIsPartOfVonDerLeyensAnnouncement() {
        JsonPath data = positions(Map.of("holder", "Von der Leyen", "topic", "eu-budget-rules"));
        Map<String, Object> redirect = only(data, "Ook zou geld uit de huidige Europese begroting");
        assertEquals("PROPOSAL", redirect.get("kind"));
        assertEquals("SAID", redirect.get("attribution"));
    }

    @Test
    void trudeauHoldsTheLastingPeaceStanceToo() {
        JsonPath data = positions(Map.of("holder", "Trudeau", "topic", "ukraine-ceasefire"));
        Map<String, Object> stance = only(data, "Ook staat voor hen vast");
        assertEquals("STANCE", stance.get("kind"));
        assertEquals(Map.of("name", "Canada"), stance.get("onBehalfOf"));
    }

    @Test
    void russiaConsideringTheCeasefireIsARecordOfItsOwn() {
        JsonPath data = positions(Map.of("organization", "Rusland", "topic", "ukraine-ceasefire"));
        Map<String, Object> considering = only(data, "nu Rusland nadenkt over een voorgesteld staakt-het-vuren");
        assertEquals("REPORTED", considering.get("attribution"));
        assertEquals(null, considering.get("holder"));
    }

    @Test
    void whatTheArticleSaysInItsOwnWordsIsNotPassedOffAsTheHoldersWords() {
        JsonPath trump = positions(Map.of("holder", "Trump", "topic", "security-guarantees"));
        Map<String, Object> appears = only(trump, "Trump lijkt niet van plan");
        assertEquals("ASSESSED", appears.get("attribution"));
        JsonPath starmer = positions(Map.of("holder", "Starmer", "topic", "transatlantic-alliance"));
        assertEquals("REPORTED", only(starmer, "Aan Starmer de taak").get("attribution"));
        assertEquals("SAID", only(starmer, "steun van de VS onmisbaar blijft").get("attribution"));
    }

    @Test
    void theLondonSummitListsFranceAndClaimsNoMoreThanTheArticle() {
        JsonPath data = GraphQL.data("""
                query ($organization: String) {
                  meetings(organization: $organization, kind: SUMMIT) {
                    nodes { title summary participants { onBehalfOf { name } person { name } evidence { quote } } }
                  }
                }""", Map.of("organization", "Frankrijk"));
        assertEquals(List.of("London summit on the security of Ukraine and Europe"), data.getList("meetings.nodes.title"));
        String summary = data.getString("meetings.nodes[0].summary");
        assertTrue(summary.contains("includes at least the UK and France"), summary);
        assertTrue(summary.contains("Rutte says the countries will raise their defence spending"), summary);
        assertTrue(!summary.contains("led by"), summary);
    }

    @Test
    void hegsethSpokeToTheEuropeansNotToTheirGovernmentLeaders() {
        JsonPath data = GraphQL.data("""
                query ($participant: String) {
                  meetings(participant: $participant) { nodes { title participants { onBehalfOf { name } } } }
                }""", Map.of("participant", "Hegseth"));
        List<String> organizations = data.getList("meetings.nodes[0].participants.onBehalfOf.name");
        assertThat(organizations, hasItem("The Europeans (unspecified)"));
        assertThat(organizations, not(hasItem("European government leaders")));
    }

    @Test
    void reactionsToTheClashPointToItAndAreDatedToTheTwoDaysTheyFallIn() {
        JsonPath data = positions(Map.of("holder", "Zelensky", "topic", "us-ukraine-relations"));
        Map<String, Object> notGood = only(data, "noemde het incident na afloop");
        assertEquals(Map.of("title", CLASH), notGood.get("reactsTo"));
        assertEquals(null, notGood.get("meeting"));
        assertEquals("RANGE", notGood.get("datePrecision"));
        assertEquals("2025-02-28/2025-03-01", notGood.get("dateText"));
        assertEquals("2025-02-28", notGood.get("date"));
        assertEquals("2025-03-01", notGood.get("dateEnd"));
        assertEquals("RESOLVED_FROM_RELATIVE", notGood.get("dateBasis"));
    }

    @Test
    void aWindowFindsARangeWithinItOrOverlappingItWhenAsked() {
        String apology = "weigerde zijn excuses aan te bieden";
        // WITHIN (the default): only a window holding both days.
        assertEquals(1, matching(positions(window("Zelensky", "2025-02-28", "2025-03-01", null)), apology));
        assertEquals(0, matching(positions(window("Zelensky", "2025-03-01", "2025-03-31", null)), apology));
        assertEquals(0, matching(positions(window("Zelensky", "2025-03-01", "2025-03-31", "WITHIN")), apology));
        // OVERLAPS: any window sharing a day with it.
        assertEquals(1, matching(positions(window("Zelensky", "2025-03-01", "2025-03-31", "OVERLAPS")), apology));
        assertEquals(1, matching(positions(window("Zelensky", "2025-02-01", "2025-02-28", "OVERLAPS")), apology));
        assertEquals(0, matching(positions(window("Zelensky", "2025-03-02", "2025-03-31", "OVERLAPS")), apology));
        // A record known to the month shares a day with a one-day window in that month, but does not lie within it.
        assertThat(positions(window(null, "2025-03-13", "2025-03-13", "OVERLAPS")).getList("positions.nodes.datePrecision"),
                hasItem("MONTH"));
        assertThat(positions(window(null, "2025-03-13", "2025-03-13", null)).getList("positions.nodes.datePrecision"),
                everyItem(is("DAY")));
    }

    private static Map<String, Object> window(String holder, String from, String to, String match) {
        Map<String, Object> vars = new HashMap<>(Map.of("from", from, "to", to));
        if (holder != null) {
            vars.put("holder", holder);
        }
        if (match != null) {
            vars.put("match", match);
        }
        return vars;
    }

    private static JsonPath positions(Map<String, Object> variables) {
        return GraphQL.data(POSITIONS, variables);
    }

    private static long matching(JsonPath data, String quotePart) {
        List<Map<String, Object>> nodes = data.getList("positions.nodes");
        return nodes.stream().filter(n -> quotes(n).stream().anyMatch(q -> q.contains(quotePart))).count();
    }

    /** The one position whose evidence contains the text. */
    private static Map<String, Object> only(JsonPath data, String quotePart) {
        List<Map<String, Object>> nodes = data.getList("positions.nodes");
        List<Map<String, Object>> found = nodes.stream()
                .filter(n -> quotes(n).stream().anyMatch(q -> q.contains(quotePart))).toList();
        assertEquals(1, found.size(), "positions quoting '" + quotePart + "': " + found);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> quotes(Map<String, Object> node) {
        return ((List<Map<String, Object>>) node.get("evidence")).stream().map(e -> (String) e.get("quote")).toList();
    }
}
