package org.parley.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/**
 * The example operations in src/main/graphql/examples are the ones the README shows, the
 * examples page serves and GraphiQL opens: each is a named query with its variables, each runs
 * without errors (over POST and GET), and the README's copies are the files' text.
 */
@QuarkusTest
class ExamplesTest {

    static final Path DIR = Path.of("src/main/graphql/examples");

    record Example(String id, String operation, String query, Map<String, Object> variables) {
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Object entry : new JsonArray(Files.readString(DIR.resolve("index.json")))) {
            JsonObject e = (JsonObject) entry;
            String operation = e.getString("operation");
            examples.add(new Example(e.getString("id"), operation,
                    Files.readString(DIR.resolve(operation + ".graphql"), StandardCharsets.UTF_8),
                    new JsonObject(Files.readString(DIR.resolve(operation + ".variables.json"))).getMap()));
        }
        return examples;
    }

    @Test
    void everyFileIsListedAndEveryExampleIsOneNamedQueryOfItsFileName() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = new TreeSet<>();
        for (Example example : examples()) {
            listed.add(example.operation() + ".graphql");
            listed.add(example.operation() + ".variables.json");
            Document document = new Parser().parseDocument(example.query());
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            assertEquals(1, operations.size(), example.operation());
            assertEquals(example.operation(), operations.get(0).getName(), "the operation is named as its file");
            assertEquals(OperationDefinition.Operation.QUERY, operations.get(0).getOperation());
        }
        assertEquals(files, listed, "every file in " + DIR + " belongs to an example of index.json");
        assertEquals("headline", examples().get(0).id(), "the headline example comes first");
    }

    @Test
    void everyExampleRunsWithoutErrors() throws IOException {
        for (Example example : examples()) {
            JsonPath posted = GraphQL.data(example.query(), example.variables());
            JsonPath got = given().accept(ContentType.JSON).queryParam("query", example.query())
                    .queryParam("variables", new JsonObject(example.variables()).encode())
                    .get("/graphql").then().statusCode(200).extract().jsonPath();
            assertNull(got.get("errors"), () -> example.operation() + " over GET: " + got.prettify());
            assertEquals(posted.getMap(""), got.getMap("data"), example.operation() + ": GET and POST differ");
        }
    }

    /** Where {@link #everyExampleAsApolloClientSendsItIsRecorded} leaves the answers for .ci/client-check.sh. */
    static final Path RECORDED = Path.of("target/apollo-responses");

    /**
     * Apollo Client adds {@code __typename} to every selection set but the operation's own, and
     * its cache keys objects by it: each example, so changed, runs without errors, and its answer
     * is recorded with the query as sent. src/test/codegen/apollo-cache.mjs then writes them
     * into Apollo's {@code InMemoryCache} and checks that every object is normalised.
     */
    @Test
    void everyExampleAsApolloClientSendsItIsRecorded() throws IOException {
        Files.createDirectories(RECORDED);
        for (Example example : examples()) {
            Document document = new Parser().parseDocument(example.query());
            Document sent = document.transform(d -> d.definitions(document.getDefinitions().stream()
                    .map(definition -> definition instanceof OperationDefinition operation
                            ? operation.transform(o -> o.selectionSet(withTypename(operation.getSelectionSet(), true)))
                            : definition)
                    .toList()));
            String query = AstPrinter.printAst(sent);
            JsonPath answer = GraphQL.data(query, example.variables());
            JsonObject recorded = new JsonObject().put("operation", example.operation()).put("query", query)
                    .put("variables", new JsonObject(example.variables()))
                    .put("data", new JsonObject(answer.getMap("")));
            assertTrue(recorded.getJsonObject("data").encode().contains("\"__typename\""), example.operation());
            Files.writeString(RECORDED.resolve(example.operation() + ".json"), recorded.encodePrettily());
        }
        Files.writeString(RECORDED.resolve(".recorded"), "");
    }

    /** The selection set with {@code __typename} added where Apollo adds it (not at the operation's root). */
    private static SelectionSet withTypename(SelectionSet set, boolean root) {
        List<Selection> selections = new ArrayList<>();
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && field.getSelectionSet() != null) {
                selections.add(field.transform(f -> f.selectionSet(withTypename(field.getSelectionSet(), false))));
            } else if (selection instanceof InlineFragment inline) {
                selections.add(inline.transform(i -> i.selectionSet(withTypename(inline.getSelectionSet(), false))));
            } else {
                selections.add(selection);
            }
        }
        boolean has = set.getSelections().stream().anyMatch(s -> s instanceof Field f && f.getName().equals("__typename"));
        if (!root && !has) {
            selections.add(Field.newField("__typename").build());
        }
        return set.transform(s -> s.selections(selections));
    }

    /** A README block marked {@code <!-- example: Name -->} is the file's text; its "Variables" line is the file's. */
    @Test
    void theReadmeShowsTheFilesText() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("<!-- example: (\\w+) -->\\n```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        Pattern variablesLine = Pattern.compile("\\G(?:(?!###|<!-- example)[\\s\\S])*?Variables `(\\{.*?\\})`");
        Map<String, Example> byName = examples().stream().collect(Collectors.toMap(Example::operation, e -> e));
        int shown = 0;
        while (blocks.find()) {
            Example example = byName.get(blocks.group(1));
            assertTrue(example != null, "the README shows an example that has no file: " + blocks.group(1));
            assertEquals(example.query(), blocks.group(2), "README block of " + example.operation());
            Matcher variables = variablesLine.matcher(readme);
            if (variables.find(blocks.end())) {
                assertEquals(example.variables(), new JsonObject(variables.group(1)).getMap(),
                        "README variables of " + example.operation());
            } else {
                assertTrue(example.variables().isEmpty(), "the README gives no variables for " + example.operation());
            }
            shown++;
        }
        assertTrue(shown >= 4, "the README shows " + shown + " examples");
    }

    @Test
    void theExamplesAreServedForTheExamplesPage() throws IOException {
        JsonArray served = new JsonArray(given().get("/examples/index.json").then().statusCode(200).extract().asString());
        assertEquals(examples().size(), served.size());
        for (Example example : examples()) {
            String text = given().get("/examples/" + example.operation() + ".graphql").then().statusCode(200).extract().asString();
            assertEquals(example.query(), text);
        }
        String page = given().get("/graphiql-examples.html").then().statusCode(200).extract().asString();
        assertTrue(page.contains("examples/index.json"), "the examples page reads the served examples");
    }
}
