package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/** The headline view: all commitments by a leader on a day, with meeting, participants and quote. */
@QuarkusTest
public class HeadlineQueryTest {

    public static final String HEADLINE = """
            query ($leader: String!, $on: Date!) {
              commitments(leader: $leader, on: $on) {
                summary condition date datePrecision status
                holder { name }
                meeting { title date status participants { role person { name } } }
                evidence { quote article { title } }
              }
            }""";
    static final String STATE_VISIT_DAY = "2025-02-27";
    static final String RUTTE_VISIT_DAY = "2025-03-13";
    static final String TRUMP_ACCEPTS = "Trump says he accepts King Charles's invitation";
    static final String ACCEPTANCE_QUOTE = "Trump zei dat hij die uitnodiging aanneemt.";
    static final String STARMER_VISIT = "Starmer visits Trump at the White House";

    @Test
    void returnsTrumpsCommitmentWithMeetingParticipantsAndQuote() {
        JsonPath data = GraphQL.data(HEADLINE, Map.of("leader", "Trump", "on", STATE_VISIT_DAY));
        List<Map<String, Object>> commitments = data.getList("commitments");
        assertEquals(1, commitments.size());
        assertThat(data.getString("commitments[0].summary"), startsWith(TRUMP_ACCEPTS));
        assertEquals("Donald Trump", data.getString("commitments[0].holder.name"));
        assertEquals(STATE_VISIT_DAY, data.getString("commitments[0].date"));
        assertEquals("DAY", data.getString("commitments[0].datePrecision"));
        assertEquals("MADE", data.getString("commitments[0].status"));
        assertEquals(STARMER_VISIT, data.getString("commitments[0].meeting.title"));
        assertEquals("HELD", data.getString("commitments[0].meeting.status"));
        assertThat(data.getList("commitments[0].meeting.participants.person.name"),
                containsInAnyOrder("Keir Starmer", "Donald Trump"));
        assertThat(data.getList("commitments[0].meeting.participants.role"), containsInAnyOrder("GUEST", "HOST"));
        assertThat(data.getList("commitments[0].evidence.quote"), hasItem(ACCEPTANCE_QUOTE));
        assertEquals("Starmer bij Trump in het Witte Huis", data.getString("commitments[0].evidence[0].article.title"));
    }

    @Test
    void matchesNamesIgnoringCaseAndDiacritics() {
        JsonPath data = GraphQL.data(HEADLINE, Map.of("leader", "  DONALD  trump ", "on", RUTTE_VISIT_DAY));
        assertThat(data.getList("commitments.summary"), contains(startsWith("When Rutte laughingly asks for a recording")));
        assertThat(GraphQL.data("query ($n: String!) { person(name: $n) { name } }", Map.of("n", "poëtin"))
                .getString("person.name"), startsWith("Vladimir Putin"));
    }

    @Test
    void aDayWithoutCommitmentsIsAnEmptyList() {
        JsonPath data = GraphQL.data(HEADLINE, Map.of("leader", "Trump", "on", "2025-02-26"));
        assertThat(data.getList("commitments"), empty());
    }

    @Test
    void aDayQueryNeverMatchesACommitmentKnownOnlyToTheMonth() {
        // Starmer's troop promise is dated February 2025 (MONTH); its first day must not match.
        JsonPath day = GraphQL.data(HEADLINE, Map.of("leader", "Starmer", "on", "2025-02-01"));
        assertThat(day.getList("commitments"), empty());
        JsonPath month = GraphQL.data("""
                query ($holder: String!, $from: Date!, $to: Date!) {
                  positions(holder: $holder, kind: COMMITMENT, from: $from, to: $to) {
                    nodes { summary date datePrecision dateText dateInferred }
                  }
                }""", Map.of("holder", "Starmer", "from", "2025-02-01", "to", "2025-02-28"));
        assertEquals(List.of("MONTH"), month.getList("positions.nodes.datePrecision"));
        assertEquals(List.of("2025-02"), month.getList("positions.nodes.dateText"));
    }

    @Test
    void anUnknownLeaderIsNotFound() {
        JsonPath response = GraphQL.failing(HEADLINE, Map.of("leader", "Napoleon", "on", STATE_VISIT_DAY));
        assertEquals("NOT_FOUND", response.getString("errors[0].extensions.code"));
        assertEquals("leader", response.getString("errors[0].extensions.argument"));
    }

    @Test
    void anImpossibleDateIsBadUserInput() {
        JsonPath response = GraphQL.failing(HEADLINE, Map.of("leader", "Trump", "on", "2025-02-30"));
        assertEquals(List.of("BAD_USER_INPUT"), response.getList("errors.extensions.code"));
        assertThat(response.getString("data.commitments"), org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aMissingVariableIsReportedWithACode() {
        JsonPath response = GraphQL.failing(HEADLINE, Map.of("leader", "Trump"));
        assertThat(response.getList("errors.extensions.code"), hasItem(startsWith("BAD_USER_INPUT")));
    }
}
