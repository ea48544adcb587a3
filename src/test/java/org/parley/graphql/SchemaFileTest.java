package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema is the frontend's contract: the served SDL must equal the reviewed copy in
 * src/main/graphql/schema.graphql, and everything in it must be described.
 * Run with -Dparley.schema.update=true to rewrite the copy after an intended change.
 */
@QuarkusTest
public class SchemaFileTest {

    static final Path CHECKED_IN = Path.of("src/main/graphql/schema.graphql");

    @Test
    void theServedSchemaIsTheCheckedInSchema() throws IOException {
        String served = served();
        if (Boolean.getBoolean("parley.schema.update")) {
            Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(CHECKED_IN, StandardCharsets.UTF_8).strip(), served.strip(),
                "the schema changed: review the diff and run ./mvnw test -Dtest=SchemaFileTest -Dparley.schema.update=true");
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        TypeDefinitionRegistry registry = new SchemaParser().parse(served());
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            check(undescribed, type.getName(), descriptionOf(type));
            if (type instanceof ObjectTypeDefinition object) {
                fields(undescribed, type.getName(), object.getFieldDefinitions());
            } else if (type instanceof InterfaceTypeDefinition iface) {
                fields(undescribed, type.getName(), iface.getFieldDefinitions());
            } else if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(v ->
                        check(undescribed, type.getName() + "." + v.getName(), v.getDescription()));
            }
        }
        registry.scalars().values().stream().filter(s -> !isBuiltIn(s.getName()))
                .forEach(s -> check(undescribed, s.getName(), s.getDescription()));
        assertTrue(undescribed.isEmpty(), "without description: " + undescribed);
    }

    private static void fields(List<String> undescribed, String type, List<FieldDefinition> fields) {
        for (FieldDefinition field : fields) {
            check(undescribed, type + "." + field.getName(), field.getDescription());
            for (InputValueDefinition arg : field.getInputValueDefinitions()) {
                check(undescribed, type + "." + field.getName() + "(" + arg.getName() + ")", arg.getDescription());
            }
        }
    }

    private static Description descriptionOf(TypeDefinition<?> type) {
        if (type instanceof graphql.language.AbstractDescribedNode<?> described) {
            return described.getDescription();
        }
        return null;
    }

    private static void check(List<String> undescribed, String what, Description description) {
        if (description == null || description.getContent() == null || description.getContent().isBlank()) {
            undescribed.add(what);
        }
    }

    private static boolean isBuiltIn(String scalar) {
        return List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar);
    }

    static String served() {
        return given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }
}
