package org.parley.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A copy of the shipped dataset in a temporary directory, for tests that load edited files. */
final class DatasetCopy {

    /** The shipped dataset's files. */
    static final Path SOURCE = Path.of("src/main/resources/dataset");
    static final ObjectMapper JSON = new ObjectMapper();

    private DatasetCopy() {
    }

    /** Copies the shipped dataset into {@code copy} (once), then rewrites one of its files. */
    static void edit(Path copy, String file, Consumer<ObjectNode> edit) {
        try {
            copyOnce(copy);
            ObjectNode tree = (ObjectNode) JSON.readTree(copy.resolve(file).toFile());
            edit.accept(tree);
            Files.writeString(copy.resolve(file), JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyOnce(Path copy) throws IOException {
        if (Files.exists(copy.resolve(DatasetFiles.MANIFEST))) {
            return;
        }
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(SOURCE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    /** The record with this key in a section of a file's tree. */
    static ObjectNode record(ObjectNode tree, String section, String key) {
        return (ObjectNode) tree.get(section).get(index(tree, section, key));
    }

    static int index(ObjectNode tree, String section, String key) {
        ArrayNode records = (ArrayNode) tree.get(section);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no " + section + " record " + key);
    }
}
