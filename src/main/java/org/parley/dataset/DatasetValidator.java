package org.parley.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a dataset directory without starting the service: every file against its JSON Schema
 * ({@code schema/*.schema.json}), then the rules that span files ({@link DatasetCheck}: keys,
 * references, quotes in their articles, dates). Prints every error as {@code file $.path: message}.
 *
 * <pre>./mvnw -q compile exec:java                        # src/main/resources/dataset
 * ./mvnw -q compile exec:java -Dexec.args=path/to/copy</pre>
 *
 * Exit status 0 when the dataset is sound, 1 when it has errors, 2 on a usage error. Needs the
 * json-schema-validator library, which is on the build's classpath but not in the service.
 */
public final class DatasetValidator {

    static final Path DEFAULT_DIRECTORY = Path.of("src/main/resources/dataset");

    private final Path root;
    private final List<String> errors = new ArrayList<>();

    DatasetValidator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) {
        if (args.length > 1) {
            System.err.println("usage: DatasetValidator [dataset directory, default " + DEFAULT_DIRECTORY + "]");
            System.exit(2);
        }
        Path root = args.length == 1 ? Path.of(args[0]) : DEFAULT_DIRECTORY;
        System.exit(new DatasetValidator(root).run(System.out));
    }

    /** Validates and prints the outcome; returns the exit status. */
    int run(PrintStream out) {
        List<String> found = validate();
        if (found.isEmpty()) {
            DatasetDocument d = DatasetFiles.read(DatasetSource.directory(root)).document();
            out.printf("Dataset %s is valid: %d articles, %d organizations, %d people, %d topics, %d offices, "
                    + "%d meetings, %d positions%n", root, d.articles().size(), d.organizations().size(),
                    d.people().size(), d.topics().size(), d.offices().size(), d.meetings().size(), d.positions().size());
            return 0;
        }
        found.forEach(out::println);
        out.printf("Dataset %s: %d %s%n", root, found.size(), found.size() == 1 ? "error" : "errors");
        return 1;
    }

    /** Every error, schema errors first, each as {@code file $.path: message}. */
    List<String> validate() {
        if (!Files.isDirectory(root)) {
            return List.of(root + ": not a directory");
        }
        List<String> schemaErrors = new ArrayList<>();
        JsonNode manifest = validate(DatasetFiles.MANIFEST, "dataset.schema.json", schemaErrors);
        if (manifest != null) {
            for (JsonNode file : manifest.path("shared")) {
                validate(file.asText(), "shared.schema.json", schemaErrors);
            }
            for (JsonNode file : manifest.path("articles")) {
                validate(file.asText(), "article.schema.json", schemaErrors);
            }
        }
        errors.addAll(schemaErrors);
        DatasetSource source = DatasetSource.directory(root);
        DatasetFiles.Read read = DatasetFiles.read(source, DatasetFiles.LENIENT);
        // A file that does not parse or bind was reported above; its records are missing, so
        // checks across files would only report the references to them.
        List<String> unread = read.errors().stream().filter(e -> !alreadyReported(e, schemaErrors)).toList();
        errors.addAll(unread);
        if (read.errors().isEmpty()) {
            DatasetCheck.of(read.document(), source).stream()
                    .filter(e -> !alreadyReported(e, schemaErrors))
                    .forEach(errors::add);
        }
        return errors;
    }

    private JsonNode validate(String file, String schemaFile, List<String> out) {
        if (file.isBlank() || file.startsWith("/") || file.contains("..")) {
            return null; // DatasetFiles reports the bad name
        }
        String text;
        try {
            text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            out.add(file + ": missing");
            return null;
        } catch (IOException e) {
            out.add(file + ": cannot be read: " + e.getMessage());
            return null;
        }
        JsonNode node;
        try {
            node = DatasetFiles.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            out.add(file + ": is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return null;
        }
        schema(schemaFile).validate(node).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> out.add(file + " " + m.getMessage()));
        return node;
    }

    private JsonSchema schema(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        return factory.getSchema(SchemaLocation.of(root.resolve("schema").resolve(name).toUri().toString()), config);
    }

    /**
     * Whether a schema error already covers this one: the same file, and a place inside the
     * same record that names the same field (a kind outside the enumeration is one mistake,
     * not two).
     */
    private static boolean alreadyReported(String error, List<String> schemaErrors) {
        int space = error.indexOf(' ');
        int colon = error.indexOf(':');
        if (space < 0 || colon < 0) {
            return false;
        }
        String file = error.substring(0, Math.min(space, colon));
        if (colon < space) {
            // "file: ..." – a whole-file problem (missing, not JSON) that the schema pass also saw
            return schemaErrors.stream().anyMatch(s -> s.startsWith(file + ":") || s.startsWith(file + " "));
        }
        if (schemaErrors.stream().anyMatch(s -> s.startsWith(file + ":"))) {
            return true; // the file could not be read or parsed; that is its one error
        }
        String rest = error.substring(space + 1);
        String path = rest.split("[ :]", 2)[0];
        for (String s : schemaErrors) {
            if (!s.startsWith(file + " ")) {
                continue;
            }
            String schemaPath = s.substring(file.length() + 1).split("[ :]", 2)[0];
            String field = schemaPath.substring(schemaPath.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            if (schemaPath.startsWith(path) && rest.contains(field)) {
                return true;
            }
            if (path.startsWith(schemaPath) && !schemaPath.equals("$")) {
                return true;
            }
        }
        return false;
    }
}
