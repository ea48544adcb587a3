package org.parley.meeting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/** meetings(...) and what hangs off a meeting: participants with their office that day, positions, evidence. */
@QuarkusTest
public class MeetingsQueryTest {

    static final String MEETINGS = """
            query ($participant: String, $organization: String, $status: MeetingStatus, $kind: MeetingKind,
                   $from: Date, $to: Date, $first: Int, $after: String) {
              meetings(participant: $participant, organization: $organization, status: $status, kind: $kind,
                       from: $from, to: $to, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes {
                  id title kind status statusReason date datePrecision dateBasis dateInferred location
                  participants { role person { name } onBehalfOf { name } office { role organization { name } }
                                 evidence { quote } }
                  positions { kind summary }
                  evidence { quote startOffset endOffset article { title } }
                }
              }
            }""";
    static final String LONDON_SUMMIT = "London summit on the security of Ukraine and Europe";

    @Test
    void aCancelledMeetingCarriesItsReasonAndEvidence() {
        JsonPath data = GraphQL.data(MEETINGS, Map.of("status", "CANCELLED"));
        assertEquals(1, data.getInt("meetings.totalCount"));
        assertEquals("Kallas–Rubio meeting in Washington", data.getString("meetings.nodes[0].title"));
        assertThat(data.getString("meetings.nodes[0].statusReason"), org.hamcrest.Matchers.containsString("agendatechnische"));
        assertThat(data.getList("meetings.nodes[0].participants.person.name"), contains("Kaja Kallas", "Marco Rubio"));
        assertThat(data.getList("meetings.nodes[0].evidence.quote"), hasItem(org.hamcrest.Matchers.containsString("ging niet door")));
    }

    @Test
    void participantsCarryTheOfficeTheyHeldThatDay() {
        JsonPath data = GraphQL.data(MEETINGS, Map.of("participant", "Trudeau"));
        assertEquals(LONDON_SUMMIT, data.getString("meetings.nodes[0].title"));
        List<Map<String, Object>> participants = data.getList("meetings.nodes[0].participants");
        Map<String, String> officeByName = new java.util.HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            String name = data.getString("meetings.nodes[0].participants[" + i + "].person.name");
            if (name != null) {
                officeByName.put(name, data.getString("meetings.nodes[0].participants[" + i + "].office.role"));
            }
        }
        assertEquals("Prime Minister of Canada", officeByName.get("Justin Trudeau"));
        assertEquals("Secretary General of NATO", officeByName.get("Mark Rutte"));
        assertEquals("Prime Minister of the Netherlands", officeByName.get("Dick Schoof"));
        assertThat(data.getInt("meetings.nodes[0].positions.size()"), greaterThan(5));
    }

    @Test
    void filtersByKindOrganizationAndDateRange() {
        JsonPath calls = GraphQL.data(MEETINGS, Map.of("kind", "PHONE_CALL"));
        assertThat(calls.getList("meetings.nodes.kind"), everyItem(is("PHONE_CALL")));
        assertEquals("MONTH", calls.getString("meetings.nodes[0].datePrecision"));
        JsonPath nato = GraphQL.data(MEETINGS, Map.of("organization", "navo", "first", 100));
        assertThat(nato.getList("meetings.nodes.title"), hasItem(LONDON_SUMMIT));
        JsonPath march = GraphQL.data(MEETINGS, Map.of("from", "2025-03-01", "to", "2025-03-31", "first", 100));
        assertThat(march.getList("meetings.nodes.date"), everyItem(org.hamcrest.Matchers.startsWith("2025-03")));
        assertThat(march.getList("meetings.nodes.title"), hasItem("Rutte visits Trump at the White House"));
    }

    @Test
    void undatedMeetingsComeLastAndAreReachableByPaging() {
        JsonPath all = GraphQL.data(MEETINGS, Map.of("first", 100));
        List<String> dates = all.getList("meetings.nodes.date");
        assertThat(dates.get(dates.size() - 1), nullValue());
        int total = all.getInt("meetings.totalCount");
        int seen = 0;
        String after = null;
        do {
            Map<String, Object> vars = new java.util.HashMap<>(Map.of("first", 3));
            vars.put("after", after);
            JsonPath page = GraphQL.data(MEETINGS, vars);
            seen += page.getList("meetings.nodes").size();
            after = page.getBoolean("meetings.pageInfo.hasNextPage") ? page.getString("meetings.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, seen);
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        JsonPath response = GraphQL.failing(MEETINGS, Map.of("participant", "Bismarck"));
        assertEquals("NOT_FOUND", response.getString("errors[0].extensions.code"));
    }
}
