package org.parley.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ParticipantRole;
import org.parley.person.OrganizationKind;
import org.parley.position.Attribution;
import org.parley.position.CommitmentStatus;
import org.parley.position.PositionKind;

/** The validator command, on the shipped dataset and on copies with mistakes in several files. No service. */
class DatasetValidatorTest {

    static final Path SHIPPED = DatasetValidator.DEFAULT_DIRECTORY;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path copy;

    @Test
    void theShippedDatasetIsValid() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new DatasetValidator(SHIPPED).run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        assertThat(out, startsWith("Dataset " + SHIPPED + " is valid: 5 articles"));
    }

    @Test
    void everyErrorIsReportedWithItsFileAndJsonPath() throws IOException {
        copyShipped();
        edit("facts/a000-starmer-washington.json", t -> position(t, "trump-accepts-state-visit").put("kind", "PROMISE"));
        edit("facts/a002-london-summit.json", t -> ((ObjectNode) position(t, "rutte-good-meeting").get("evidence").get(0))
                .put("quote", "Rutte sprak van een slechte ontmoeting."));
        edit("facts/a003-rutte-zelensky-trump.json", t -> ((ObjectNode) position(t, "zelensky-grateful-for-us-support")
                .get("date")).put("value", "2025-02-30"));
        edit("facts/a004-rutte-white-house.json", t -> position(t, "rutte-praises-trump").put("holder", "nobody"));
        edit("people.json", t -> ((ArrayNode) t.get("people")).add(JSON.createObjectNode().put("key", "trump").put("name", "Ivanka")
                .put("wikidataNote", "not the point of this test")));
        edit("organizations.json", t -> ((ObjectNode) t.get("organizations").get(0)).put("colour", "blue"));

        List<String> errors = new DatasetValidator(copy).validate();

        assertThat(errors, containsInAnyOrder(
                startsWith("facts/a000-starmer-washington.json $.positions[1].kind: "),
                startsWith("facts/a002-london-summit.json $.positions[17].evidence[0] \"rutte-good-meeting\": quote not found"),
                startsWith("facts/a003-rutte-zelensky-trump.json $.positions[11].date \"zelensky-grateful-for-us-support\": impossible date"),
                startsWith("facts/a004-rutte-white-house.json $.positions[3] \"rutte-praises-trump\": holder refers to unknown key 'nobody'"),
                startsWith("people.json $.people[14] \"trump\": key 'trump' is used twice"),
                startsWith("organizations.json $.organizations[0]: property 'colour' is not defined")));
    }

    @Test
    void namesAndIdentifiersFollowTheirRules() throws IOException {
        copyShipped();
        edit("people.json", t -> {
            ObjectNode rutte = (ObjectNode) t.get("people").get(10);
            assertEquals("rutte", rutte.get("key").asText());
            ((ArrayNode) rutte.get("aliases")).add("Mark");
            ObjectNode putin = (ObjectNode) t.get("people").get(12);
            assertEquals("putin", putin.get("key").asText());
            putin.remove("identifiers");
            ObjectNode charles = (ObjectNode) t.get("people").get(13);
            ((ObjectNode) charles.get("identifiers").get(0)).put("identifier", "43274");
        });

        List<String> errors = new DatasetValidator(copy).validate();

        assertThat(errors, containsInAnyOrder(
                startsWith("people.json $.people[13].identifiers[0].identifier: does not match the regex pattern"),
                startsWith("people.json $.people[10] \"rutte\": alias 'Mark' is a bare given name"),
                startsWith("people.json $.people[12] \"putin\": has no 'wikidata' identifier; add one, or a wikidataNote")));
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithItsLine() throws IOException {
        copyShipped();
        Files.writeString(copy.resolve("topics.json"), "{\n  \"topics\": [\n    {\"key\": \"x\",\n", StandardCharsets.UTF_8);
        List<String> errors = new DatasetValidator(copy).validate();
        assertEquals(1, errors.size(), errors.toString());
        assertThat(errors.get(0), startsWith("topics.json: is not valid JSON: "));
        assertTrue(errors.get(0).contains("(line 4)"), errors.get(0));
    }

    @Test
    void aFactMustLiveInTheFileOfAnArticleItCites() throws IOException {
        copyShipped();
        ObjectNode[] moved = new ObjectNode[1];
        edit("facts/a004-rutte-white-house.json", t -> moved[0] = (ObjectNode) ((ArrayNode) t.get("positions")).remove(0));
        edit("facts/a000-starmer-washington.json", t -> ((ArrayNode) t.get("positions")).add(moved[0]));
        List<String> errors = new DatasetValidator(copy).validate();
        assertThat(errors, hasItem(startsWith("facts/a000-starmer-washington.json $.positions[8] \""
                + moved[0].get("key").asText() + "\": cites no quote of 'a000-starmer-washington'")));
        assertEquals(1, errors.size(), errors.toString());
    }

    @Test
    void theMainReturnsOneOnErrors() throws IOException {
        copyShipped();
        edit("facts/a001-europe-us-rift.json", t -> position(t, "trump-threatens-eu-tariffs").put("attribution", "HEARSAY"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new DatasetValidator(copy).run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, out);
        assertTrue(out.contains("facts/a001-europe-us-rift.json $.positions["), out);
        assertTrue(out.endsWith("1 error" + System.lineSeparator()), out);
    }

    @Test
    void theSchemaEnumerationsAreTheModelsEnums() throws IOException {
        JsonNode defs = JSON.readTree(SHIPPED.resolve("schema/defs.schema.json").toFile()).get("$defs");
        assertEnum(defs, "organizationKind", OrganizationKind.values());
        assertEnum(defs, "meetingKind", MeetingKind.values());
        assertEnum(defs, "meetingStatus", MeetingStatus.values());
        assertEnum(defs, "participantRole", ParticipantRole.values());
        assertEnum(defs, "positionKind", PositionKind.values());
        assertEnum(defs, "attribution", Attribution.values());
        assertEnum(defs, "commitmentStatus", CommitmentStatus.values());
        assertEnum(defs, "datePrecision", DatePrecision.values());
        assertEnum(defs, "dateBasis", DateBasis.values());
    }

    private static void assertEnum(JsonNode defs, String name, Enum<?>[] values) {
        List<String> inSchema = new ArrayList<>();
        defs.get(name).get("enum").forEach(v -> inSchema.add(v.asText()));
        assertThat(name, inSchema, containsInAnyOrder(Arrays.stream(values).map(Enum::name).toArray()));
    }

    private void copyShipped() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(SHIPPED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    private void edit(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(copy.resolve(file).toFile());
        change.accept(tree);
        Files.writeString(copy.resolve(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree),
                StandardCharsets.UTF_8);
    }

    private static ObjectNode position(ObjectNode tree, String key) {
        for (JsonNode p : tree.get("positions")) {
            if (p.get("key").asText().equals(key)) {
                return (ObjectNode) p;
            }
        }
        throw new AssertionError("no position " + key);
    }
}
