package org.parley.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.NodeId;
import org.parley.core.PartialDate;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ParticipantRole;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;
import org.parley.position.CommitmentStatus;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * The NDJSON exports over HTTP: every line is JSON, quotes are verbatim at their offsets, retracted
 * facts only on request, the PLOVER coding of a known commitment, coded errors for bad parameters,
 * and a number of SQL statements that does not grow with the number of positions.
 */
@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A founding-dataset commitment: Trump accepts King Charles's invitation (article a000, 27 February 2025). */
    private static final String STATE_VISIT = "trump-accepts-state-visit";
    private static final String STATE_VISIT_QUOTE = "Trump zei dat hij die uitnodiging aanneemt.";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyLineIsJsonAndEveryQuoteSlicesItsArticleExactly() {
        List<Map<String, Object>> lines = lines("/export/positions.ndjson");
        assertTrue(lines.size() >= 20, "the founding dataset has dozens of positions, got " + lines.size());
        Map<String, String> texts = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> byId = new HashMap<>();
            Article.<Article> listAll().forEach(a -> byId.put(NodeId.of(Article.TYPE, a.id), a.body));
            return byId;
        });
        int quotes = 0;
        for (Map<String, Object> line : lines) {
            assertEquals("Position", line.get("type"));
            for (Map<String, Object> e : maps(line.get("evidence"))) {
                String text = texts.get(article(e).get("id"));
                assertEquals(e.get("quote"), text.substring((Integer) e.get("start"), (Integer) e.get("end")),
                        "evidence " + e.get("id") + " of " + line.get("id"));
                quotes++;
            }
        }
        assertTrue(quotes >= lines.size(), "every position has at least one quote");

        Map<String, Object> visit = only(lines, l -> STATE_VISIT.equals(l.get("datasetKey")));
        assertEquals("COMMITMENT", visit.get("kind"));
        assertEquals("Donald Trump", map(visit.get("holder")).get("name"));
        assertEquals("Q22686", map(visit.get("holder")).get("wikidata"));
        assertEquals("United States", map(visit.get("onBehalfOf")).get("name"));
        assertEquals("Person", map(visit.get("addressee")).get("type"));
        assertEquals("King Charles III", map(visit.get("addressee")).get("name"));
        assertEquals("SAID", visit.get("attribution"));
        assertEquals(Map.of("value", "2025-02-27", "precision", "DAY", "basis", "RESOLVED_FROM_RELATIVE", "inferred", true,
                "start", "2025-02-27", "end", "2025-02-27"), withoutNote(map(visit.get("date"))));
        assertEquals("Starmer visits Trump at the White House", map(visit.get("meeting")).get("title"));
        Map<String, Object> evidence = maps(visit.get("evidence")).get(0);
        assertEquals(STATE_VISIT_QUOTE, evidence.get("quote"));
        assertEquals("a000-starmer-washington", article(evidence).get("key"));
        assertEquals("2025-02", article(evidence).get("published"));
        assertEquals(false, visit.get("retracted"));
    }

    @Test
    void aDateKnownOnlyToTheYearIsNotServedAsADay() {
        Map<String, Object> kallas = only(lines("/export/positions.ndjson"), l -> "kallas-to-bring-concrete-amounts".equals(l.get("datasetKey")));
        assertEquals("2025", map(kallas.get("date")).get("value"));
        assertEquals("YEAR", map(kallas.get("date")).get("precision"));
        Map<String, Object> plover = only(lines("/export/plover.ndjson"), l -> kallas.get("id").equals(l.get("id")));
        assertEquals("2025", plover.get("event_date"));
        assertFalse(plover.containsKey("date"), "PLOVER's date field is a full day; a year is not one");
        assertEquals("2025-01-01", plover.get("event_date_start"));
        assertEquals("2025-12-31", plover.get("event_date_end"));
    }

    @Test
    void thePloverLineOfACommitmentHasItsMappedTypeActorsDateAndCitation() {
        List<Map<String, Object>> plover = lines("/export/plover.ndjson");
        Map<String, Object> visit = only(plover, l -> "COMMITMENT".equals(l.get("parley_kind"))
                && List.of(STATE_VISIT_QUOTE).equals(l.get("event_text")));
        assertEquals(true, visit.get("has_event"));
        assertEquals("AGREE", visit.get("event_type"));
        assertNull(visit.get("mode"));
        assertEquals(1, visit.get("quad_code"));
        Map<String, Object> actor = maps(visit.get("actor")).get(0);
        assertEquals("Donald Trump", actor.get("entity_text"));
        assertEquals("Q22686", actor.get("identifier_id"));
        assertEquals("United States", actor.get("country"));
        assertEquals(List.of("King Charles III"), maps(visit.get("recipient")).stream().map(r -> r.get("entity_text")).toList());
        assertEquals("2025-02-27", visit.get("date"));
        assertEquals("2025-02-27", visit.get("event_date"));
        assertEquals("DAY", visit.get("event_date_precision"));
        Map<String, Object> cite = map(visit.get("cite_info"));
        assertEquals("a000-starmer-washington", cite.get("citation"));
        assertEquals("Starmer bij Trump in het Witte Huis", cite.get("title"));
        assertEquals("nl", cite.get("language"));
        assertEquals("Parley", cite.get("corpus"));

        // a held visit: CONSULT, the guest is the actor and the host the recipient
        Map<String, Object> meeting = only(plover, l -> "Meeting".equals(l.get("parley_type"))
                && "Starmer visits Trump at the White House".equals(l.get("parley_title")));
        assertEquals("CONSULT", meeting.get("event_type"));
        assertEquals("visit", meeting.get("mode"));
        assertEquals(List.of("Keir Starmer"), maps(meeting.get("actor")).stream().map(a -> a.get("entity_text")).toList());
        assertEquals(List.of("Donald Trump"), maps(meeting.get("recipient")).stream().map(a -> a.get("entity_text")).toList());

        // kinds without a faithful PLOVER type are exported, marked as no event, with the reason
        List<Map<String, Object>> stances = plover.stream().filter(l -> "STANCE".equals(l.get("parley_kind"))).toList();
        assertFalse(stances.isEmpty());
        stances.forEach(l -> {
            assertEquals(false, l.get("has_event"));
            assertNull(l.get("event_type"));
            assertTrue(((String) l.get("comment")).startsWith("no PLOVER event type"));
        });
    }

    @Test
    void meetingsAreExportedWithTheirParticipants() {
        Map<String, Object> visit = only(lines("/export/meetings.ndjson"), l -> "Starmer visits Trump at the White House".equals(l.get("title")));
        assertEquals("Meeting", visit.get("type"));
        assertEquals("VISIT", visit.get("kind"));
        Map<String, Object> guest = only(maps(visit.get("participants")), p -> "GUEST".equals(p.get("role")));
        assertEquals("Keir Starmer", map(guest.get("person")).get("name"));
        assertEquals("United Kingdom", map(guest.get("onBehalfOf")).get("name"));
        assertFalse(maps(guest.get("evidence")).isEmpty());
    }

    @Test
    void aRetractedPositionIsLeftOutUnlessAskedForAndThenMarked() {
        String suffix = UUID.randomUUID().toString();
        List<Long> created = QuarkusTransaction.requiringNew().call(() -> fixture(suffix, 1, true));
        try {
            String id = NodeId.of(Position.TYPE, created.get(created.size() - 1));
            assertTrue(lines("/export/positions.ndjson").stream().noneMatch(l -> id.equals(l.get("id"))));
            assertTrue(lines("/export/plover.ndjson").stream().noneMatch(l -> id.equals(l.get("id"))));
            Map<String, Object> line = only(lines("/export/positions.ndjson?includeRetracted=true"), l -> id.equals(l.get("id")));
            assertEquals(true, line.get("retracted"));
            assertEquals("test: retracted " + suffix, line.get("retractionReason"));
            assertNotNull(line.get("retractedAt"));
            assertEquals(true, only(lines("/export/plover.ndjson?includeRetracted=true"), l -> id.equals(l.get("id"))).get("parley_retracted"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> remove(created));
        }
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        for (String[] bad : List.of(new String[] {"includeRetracted=yes", "includeRetracted"},
                new String[] {"includeRetracted=true&includeRetracted=false", "includeRetracted"},
                new String[] {"includeretracted=true", "includeretracted"})) {
            given().when().get("/export/plover.ndjson?" + bad[0]).then()
                    .statusCode(400)
                    .contentType("application/json")
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.parameter", org.hamcrest.Matchers.equalTo(bad[1]))
                    .body(not(containsString("at org.")));
        }
    }

    @Test
    void theStatementsOfAnExportDoNotGrowWithItsPositions() {
        long before = statements("/export/positions.ndjson");
        String suffix = UUID.randomUUID().toString();
        List<Long> created = QuarkusTransaction.requiringNew().call(() -> fixture(suffix, 25, false));
        try {
            long after = statements("/export/positions.ndjson");
            assertEquals(before, after, "25 more positions, each with its own holder, organization, addressee, meeting and evidence");
            assertTrue(after <= 8, "one batch: positions, people, organizations, identifiers, meetings, topics, evidence; was " + after);
            System.out.printf("positions export: %d SQL statements before and after adding 25 positions%n", after);

            // in batches of 7 (keyset): every batch the same statements, and together exactly the full export
            ExportOptions options = new ExportOptions(false);
            List<Object> ids = new ArrayList<>();
            long last = 0;
            boolean more = true;
            Statistics stats = sessionFactory.getStatistics();
            while (more) {
                long from = last;
                stats.clear();
                ExportRoutes.Chunk chunk = QuarkusTransaction.requiringNew().call(() -> ExportRoutes.PROVENANCE_POSITIONS.read(from, options, 7));
                assertTrue(stats.getPrepareStatementCount() <= 7, "batch after " + from + ": " + stats.getPrepareStatementCount());
                chunk.lines().forEach(l -> ids.add(l.get("id")));
                last = chunk.lastId();
                more = chunk.more();
            }
            assertEquals(lines("/export/positions.ndjson").stream().map(l -> l.get("id")).toList(), ids);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> remove(created));
        }
    }

    private long statements(String path) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        assertFalse(lines(path).isEmpty());
        return stats.getPrepareStatementCount();
    }

    /**
     * {@code count} commitments, each with its own holder, organization, addressee, meeting (with a
     * participant) and quote in one new article; retracted when asked. The ids of every row, positions last.
     */
    private static List<Long> fixture(String suffix, int count, boolean retracted) {
        List<Long> ids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("Belofte ").append(i).append(" van ").append(suffix).append(". ");
        }
        Article article = new Article();
        article.title = "Export " + suffix;
        article.language = "nl";
        article.publishedMonth = LocalDate.of(2025, 6, 1);
        article.body = text.toString();
        article.contentHash = suffix;
        article.persist();
        ids.add(article.id);
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person holder = new Person();
            holder.rename("Export Holder " + i + " " + suffix);
            holder.persist();
            Person addressee = new Person();
            addressee.rename("Export Addressee " + i + " " + suffix);
            addressee.persist();
            Organization organization = new Organization();
            organization.rename("Export State " + i + " " + suffix);
            organization.kind = OrganizationKind.STATE;
            organization.persist();
            Meeting meeting = new Meeting();
            meeting.title = "Export meeting " + i + " " + suffix;
            meeting.kind = MeetingKind.BILATERAL;
            meeting.status = MeetingStatus.HELD;
            meeting.date = new PartialDate(LocalDate.of(2025, 6, 1), DatePrecision.MONTH, DateBasis.STATED, null);
            meeting.persist();
            Attendance a = new Attendance();
            a.meetingId = meeting.id;
            a.personId = holder.id;
            a.role = ParticipantRole.PARTICIPANT;
            a.persist();
            ids.addAll(List.of(holder.id, addressee.id, organization.id, meeting.id));
            Position p = new Position();
            p.holderId = holder.id;
            p.organizationId = organization.id;
            p.addresseePersonId = addressee.id;
            p.kind = PositionKind.COMMITMENT;
            p.status = CommitmentStatus.MADE;
            p.summary = "Export commitment " + i + " " + suffix;
            p.date = new PartialDate(LocalDate.of(2025, 6, 1), DatePrecision.MONTH, DateBasis.STATED, null);
            p.meetingId = meeting.id;
            if (retracted) {
                p.retract("test: retracted " + suffix, LocalDateTime.of(2026, 1, 1, 12, 0));
            }
            p.persist();
            positions.add(p);
            String quote = "Belofte " + i + " van " + suffix + ".";
            Evidence e = new Evidence();
            e.articleId = article.id;
            e.quote = quote;
            e.startOffset = article.body.indexOf(quote);
            e.endOffset = e.startOffset + quote.length();
            e.positionId = p.id;
            e.persist();
        }
        positions.forEach(p -> ids.add(p.id));
        return ids;
    }

    private static void remove(List<Long> ids) {
        Evidence.delete("positionId in ?1", ids);
        Position.delete("id in ?1", ids);
        Attendance.delete("meetingId in ?1", ids);
        Meeting.delete("id in ?1", ids);
        Person.delete("id in ?1", ids);
        Organization.delete("id in ?1", ids);
        Article.delete("id in ?1", ids);
    }

    private static List<Map<String, Object>> lines(String path) {
        Response response = given().when().get(path);
        response.then().statusCode(200).contentType(ExportRoutes.NDJSON);
        String body = response.asString();
        assertTrue(body.isEmpty() || body.endsWith("\n"), "every line ends with a newline");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    lines.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() {
                    }));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON object: " + line, e);
                }
            }
        }
        return lines;
    }

    private static Map<String, Object> only(List<Map<String, Object>> lines, Predicate<Map<String, Object>> which) {
        List<Map<String, Object>> found = lines.stream().filter(which).toList();
        assertEquals(1, found.size(), "lines found");
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertNotNull(value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        assertNotNull(value);
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> article(Map<String, Object> evidence) {
        return map(evidence.get("article"));
    }

    private static Map<String, Object> withoutNote(Map<String, Object> date) {
        Map<String, Object> copy = new HashMap<>(date);
        copy.remove("note");
        return copy;
    }
}
