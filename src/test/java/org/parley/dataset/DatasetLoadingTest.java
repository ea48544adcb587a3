package org.parley.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.position.Position;

/** Loading is idempotent, applies edits, and rejects bad records without changing anything. */
@QuarkusTest
class DatasetLoadingTest {

    static final String SHIPPED = "dataset";
    static final String HEADLINE_POSITION = "trump-accepts-state-visit";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatasetLoader loader;

    @Inject
    EntityManager em;

    @TempDir
    Path copy;

    @AfterEach
    void restoreShippedDataset() {
        loader.load(DatasetSource.classpath(SHIPPED));
    }

    @Test
    void anUnchangedDatasetIsSkipped() {
        String before = DatabaseDigest.of(em);
        assertFalse(loader.load(DatasetSource.classpath(SHIPPED)));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void reapplyingTheSameFileCreatesNoDuplicates() {
        var before = DatabaseDigest.counts(em);
        // Forget the fingerprint, as a start on a database loaded by an older build would.
        QuarkusTransaction.requiringNew().run(() -> DatasetLoad.deleteAll());
        assertTrue(loader.load(DatasetSource.classpath(SHIPPED)));
        assertEquals(before, DatabaseDigest.counts(em));
        assertFalse(loader.load(DatasetSource.classpath(SHIPPED)));
        assertEquals(before, DatabaseDigest.counts(em));
    }

    @Test
    void anEditedDatasetIsAppliedInPlace() throws IOException {
        Long id = headlineId();
        writeCopy(tree -> position(tree, HEADLINE_POSITION).put("summary", "Edited summary"));
        assertTrue(loader.load(DatasetSource.directory(copy)));
        Position edited = QuarkusTransaction.requiringNew().call(() -> Position.find("datasetKey", HEADLINE_POSITION).firstResult());
        assertEquals("Edited summary", edited.summary);
        assertEquals(id, edited.id, "an edit keeps the record's identity");
    }

    @Test
    void aRecordRemovedFromTheFileIsRemoved() throws IOException {
        long before = count();
        writeCopy(tree -> ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("positions")).remove(index(tree, HEADLINE_POSITION)));
        assertTrue(loader.load(DatasetSource.directory(copy)));
        assertEquals(before - 1, count());
    }

    @Test
    void anUnknownPersonStopsTheLoadNamingTheRecord() throws IOException {
        assertRejected(tree -> position(tree, HEADLINE_POSITION).put("holder", "nobody"),
                "positions[", HEADLINE_POSITION, "unknown key 'nobody'");
    }

    @Test
    void aQuoteNotInItsArticleStopsTheLoad() throws IOException {
        assertRejected(tree -> ((ObjectNode) position(tree, HEADLINE_POSITION).get("evidence").get(0))
                .put("quote", "Trump weigerde de uitnodiging."), HEADLINE_POSITION, "quote not found");
    }

    @Test
    void aMalformedDateStopsTheLoad() throws IOException {
        assertRejected(tree -> ((ObjectNode) position(tree, HEADLINE_POSITION).get("date")).put("value", "27-02-2025"),
                HEADLINE_POSITION, "malformed date");
    }

    @Test
    void anImpossibleDateStopsTheLoad() throws IOException {
        assertRejected(tree -> ((ObjectNode) position(tree, HEADLINE_POSITION).get("date")).put("value", "2025-02-30"),
                HEADLINE_POSITION, "impossible date");
    }

    @Test
    void aPrecisionThatDisagreesWithTheDateStopsTheLoad() throws IOException {
        assertRejected(tree -> ((ObjectNode) position(tree, HEADLINE_POSITION).get("date")).put("precision", "MONTH"),
                HEADLINE_POSITION, "precision");
    }

    @Test
    void malformedJsonStopsTheLoad() throws IOException {
        copyArticles();
        Files.writeString(copy.resolve(DatasetSource.DATASET_FILE), "{\"positions\": [", StandardCharsets.UTF_8);
        String before = DatabaseDigest.of(em);
        DatasetException e = assertThrows(DatasetException.class, () -> loader.load(DatasetSource.directory(copy)));
        assertTrue(e.getMessage().contains("parley.json is not valid"), e.getMessage());
        assertEquals(before, DatabaseDigest.of(em));
    }

    private void assertRejected(Consumer<ObjectNode> edit, String... messageParts) throws IOException {
        writeCopy(edit);
        String before = DatabaseDigest.of(em);
        DatasetException e = assertThrows(DatasetException.class, () -> loader.load(DatasetSource.directory(copy)));
        for (String part : messageParts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '" + part + "'");
        }
        assertEquals(before, DatabaseDigest.of(em), "a rejected load must change nothing");
    }

    private void writeCopy(Consumer<ObjectNode> edit) throws IOException {
        copyArticles();
        ObjectNode tree = (ObjectNode) JSON.readTree(DatasetTest.resource(SHIPPED + "/" + DatasetSource.DATASET_FILE));
        edit.accept(tree);
        Files.writeString(copy.resolve(DatasetSource.DATASET_FILE), JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
    }

    private void copyArticles() throws IOException {
        Files.createDirectories(copy.resolve("articles"));
        var articles = JSON.readTree(DatasetTest.resource(SHIPPED + "/" + DatasetSource.DATASET_FILE)).get("articles");
        for (var a : articles) {
            String file = a.get("file").asText();
            Files.writeString(copy.resolve("articles").resolve(file), DatasetTest.resource(SHIPPED + "/articles/" + file),
                    StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode position(ObjectNode tree, String key) {
        return (ObjectNode) tree.get("positions").get(index(tree, key));
    }

    private static int index(ObjectNode tree, String key) {
        var positions = tree.get("positions");
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i).get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no position " + key);
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Position.count());
    }

    private static Long headlineId() {
        return QuarkusTransaction.requiringNew().call(() -> Position.<Position>find("datasetKey", HEADLINE_POSITION).firstResult().id);
    }
}
