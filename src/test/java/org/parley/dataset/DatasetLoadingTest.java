package org.parley.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

/** Loading is idempotent, applies edits (wherever a record lives), and rejects bad records, listing them all, without changing anything. */
@QuarkusTest
class DatasetLoadingTest {

    static final String SHIPPED = "dataset";
    /** The shipped dataset's files, copied and edited by the tests. */
    static final String HEADLINE_POSITION = "trump-accepts-state-visit";
    static final String HEADLINE_FILE = "facts/a000-starmer-washington.json";
    static final ObjectMapper JSON = DatasetCopy.JSON;

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
        editCopy(HEADLINE_FILE, tree -> position(tree, HEADLINE_POSITION).put("summary", "Edited summary"));
        assertTrue(loader.load(DatasetSource.directory(copy)));
        Position edited = QuarkusTransaction.requiringNew().call(() -> Position.find("datasetKey", HEADLINE_POSITION).firstResult());
        assertEquals("Edited summary", edited.summary);
        assertEquals(id, edited.id, "an edit keeps the record's identity");
    }

    @Test
    void aRecordMovedToAnotherFileKeepsItsIdentity() throws IOException {
        Long id = headlineId();
        ObjectNode[] moved = new ObjectNode[1];
        editCopy(HEADLINE_FILE, tree -> moved[0] = (ObjectNode) ((ArrayNode) tree.get("positions"))
                .remove(index(tree, HEADLINE_POSITION)));
        // The fact goes to the file of another article, so that file must cite that article too.
        ((ArrayNode) moved[0].get("evidence")).add(JSON.createObjectNode().put("article", "a001-europe-us-rift")
                .put("quote", "Deze week trokken de Franse president Macron en de Britse premier Starmer naar Washington"));
        editCopy("facts/a001-europe-us-rift.json", tree -> ((ArrayNode) tree.get("positions")).add(moved[0]));
        assertTrue(loader.load(DatasetSource.directory(copy)));
        assertEquals(id, headlineId());
    }

    @Test
    void anUnknownPersonStopsTheLoadNamingTheFileAndRecord() throws IOException {
        assertRejected(tree -> position(tree, HEADLINE_POSITION).put("holder", "nobody"),
                HEADLINE_FILE + " $.positions[", HEADLINE_POSITION, "unknown key 'nobody'");
    }

    @Test
    void aQuoteNotInItsArticleStopsTheLoad() throws IOException {
        assertRejected(tree -> ((ObjectNode) position(tree, HEADLINE_POSITION).get("evidence").get(0))
                .put("quote", "Trump weigerde de uitnodiging."), HEADLINE_POSITION, ".evidence[0]", "quote not found");
    }

    @Test
    void aMalformedDateStopsTheLoad() throws IOException {
        assertRejected(tree -> ((ObjectNode) position(tree, HEADLINE_POSITION).get("date")).put("value", "27-02-2025"),
                HEADLINE_POSITION, ".date", "malformed date");
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
    void everyErrorIsListedNotOnlyTheFirst() throws IOException {
        assertRejected(tree -> {
            position(tree, HEADLINE_POSITION).put("holder", "nobody");
            position(tree, "starmer-promises-troops-for-ukraine").put("kind", "PROMISE");
        }, "2 errors", "unknown key 'nobody'", "starmer-promises-troops-for-ukraine", "kind 'PROMISE'");
    }

    @Test
    void malformedJsonStopsTheLoadNamingTheFile() throws IOException {
        copyDataset();
        Files.writeString(copy.resolve(HEADLINE_FILE), "{\"positions\": [", StandardCharsets.UTF_8);
        String before = DatabaseDigest.of(em);
        DatasetException e = assertThrows(DatasetException.class, () -> loader.load(DatasetSource.directory(copy)));
        assertTrue(e.getMessage().contains(HEADLINE_FILE + ": is not valid JSON"), e.getMessage());
        assertEquals(before, DatabaseDigest.of(em));
    }

    private void assertRejected(Consumer<ObjectNode> edit, String... messageParts) throws IOException {
        editCopy(HEADLINE_FILE, edit);
        String before = DatabaseDigest.of(em);
        DatasetException e = assertThrows(DatasetException.class, () -> loader.load(DatasetSource.directory(copy)));
        for (String part : messageParts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '" + part + "'");
        }
        assertEquals(before, DatabaseDigest.of(em), "a rejected load must change nothing");
    }

    private void editCopy(String file, Consumer<ObjectNode> edit) {
        DatasetCopy.edit(copy, file, edit);
    }

    private void copyDataset() throws IOException {
        DatasetCopy.copyOnce(copy);
    }

    private static ObjectNode position(ObjectNode tree, String key) {
        return DatasetCopy.record(tree, "positions", key);
    }

    private static int index(ObjectNode tree, String key) {
        return DatasetCopy.index(tree, "positions", key);
    }

    private static Long headlineId() {
        return QuarkusTransaction.requiringNew().call(() -> Position.<Position>find("datasetKey", HEADLINE_POSITION).firstResult().id);
    }
}
