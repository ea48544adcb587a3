package org.parley.dataset;

import org.parley.source.ArticleText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingStatus;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * The founding dataset as loaded at start-up: complete, traced to verbatim quotes. Other test
 * classes add, change and retract records through the API in the same database, in any order,
 * so every check here looks at the dataset's own records (those with a dataset key) only.
 */
@QuarkusTest
class DatasetTest {

    static final int ARTICLE_COUNT = 5;
    static final int MIN_POSITIONS = 40;
    static final int MIN_POSITIONS_PER_ARTICLE = 3;

    @Test
    @Transactional
    void everyQuoteOccursVerbatimAtItsOffsets() {
        Map<Long, Article> articles = Article.<Article>listAll().stream().collect(Collectors.toMap(a -> a.id, a -> a));
        List<Evidence> evidence = Evidence.listAll();
        assertFalse(evidence.isEmpty());
        for (Evidence e : evidence) {
            String body = articles.get(e.articleId).body;
            assertEquals(e.quote, body.substring(e.startOffset, e.endOffset), "evidence " + e.id);
        }
    }

    @Test
    @Transactional
    void articleBodiesAreTheShippedSeedTexts() throws IOException {
        assertEquals(ARTICLE_COUNT, Article.count("datasetKey is not null"));
        for (Article a : Article.<Article>list("datasetKey is not null")) {
            ArticleText seed = ArticleText.parse(resource("dataset/articles/" + fileOf(a)));
            assertEquals(seed.body(), a.body);
            assertEquals(seed.publishedMonth(), a.publishedMonth);
            assertEquals(ArticleText.sha256(a.body), a.contentHash);
        }
    }

    @Test
    @Transactional
    void everyArticleYieldsAMeetingAndSeveralPositions() {
        // Articles of the founding dataset; other test classes add articles through the API.
        for (Article a : Article.<Article>list("datasetKey is not null")) {
            long meetings = Meeting.count("id in (select e.meetingId from Evidence e where e.articleId = ?1)", a.id);
            long positions = Position.count("id in (select e.positionId from Evidence e where e.articleId = ?1)", a.id);
            assertTrue(meetings >= 1, a.title + " has no meeting");
            assertTrue(positions >= MIN_POSITIONS_PER_ARTICLE, a.title + " has only " + positions + " positions");
        }
    }

    @Test
    @Transactional
    void everyFactCarriesEvidence() {
        assertEquals(0, Position.count("datasetKey is not null and id not in (select e.positionId from Evidence e where e.positionId is not null)"));
        assertEquals(0, Meeting.count("datasetKey is not null and id not in (select e.meetingId from Evidence e where e.meetingId is not null)"));
        assertEquals(0, Office.count("datasetKey is not null and id not in (select e.officeId from Evidence e where e.officeId is not null)"));
        assertEquals(0, Attendance.count("meetingId in (select m.id from Meeting m where m.datasetKey is not null)"
                + " and id not in (select e.attendanceId from Evidence e where e.attendanceId is not null)"));
    }

    @Test
    @Transactional
    void theDatasetIsComplete() {
        long positions = Position.count("datasetKey is not null");
        assertTrue(positions > MIN_POSITIONS, "only " + positions + " positions");
        for (MeetingStatus status : MeetingStatus.values()) {
            assertTrue(Meeting.count("datasetKey is not null and status = ?1", status) > 0, "no " + status + " meeting");
        }
        for (PositionKind kind : List.of(PositionKind.COMMITMENT, PositionKind.DEMAND, PositionKind.REFUSAL,
                PositionKind.THREAT, PositionKind.STANCE)) {
            assertTrue(Position.count("datasetKey is not null and kind = ?1", kind) > 0, "no " + kind);
        }
        assertEquals(0, Person.count("datasetKey is not null and id not in (select o.personId from Office o)"),
                "a person without an office");
        assertTrue(Organization.count("datasetKey is not null") > 5);
    }

    @Test
    @Transactional
    void commitmentsAndOnlyCommitmentsHaveAStatus() {
        assertEquals(0, Position.count("datasetKey is not null and kind = ?1 and status is null", PositionKind.COMMITMENT));
        assertEquals(0, Position.count("datasetKey is not null and kind <> ?1 and status is not null", PositionKind.COMMITMENT));
    }

    @Test
    @Transactional
    void inferredDatesSayHowTheyWereInferred() {
        assertEquals(0, Position.count("datasetKey is not null and date.basis in ('RESOLVED_FROM_RELATIVE', 'INFERRED') and date.note is null"));
        assertEquals(0, Meeting.count("datasetKey is not null and date.basis in ('RESOLVED_FROM_RELATIVE', 'INFERRED') and date.note is null"));
    }

    private static String fileOf(Article a) throws IOException {
        // The article's own file in the dataset names its text file.
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resource("dataset/facts/" + a.datasetKey + ".json"));
        return tree.get("article").get("file").asText();
    }

    static String resource(String path) throws IOException {
        try (InputStream in = DatasetTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
