package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Normalising client caches (Apollo's InMemoryCache, Relay, urql's Graphcache) key objects by
 * {@code id}: every object type of the checked-in schema has {@code id: ID!}, or its description
 * says it is a value type and why. .ci/client-check.sh checks the same with Apollo itself.
 */
class CacheKeysTest {

    static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    @Test
    void everyObjectTypeHasAnIdOrSaysWhyItIsAValueType() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(
                Files.readString(Path.of("src/main/graphql/schema.graphql")));
        List<String> unkeyed = new ArrayList<>();
        List<String> valueTypes = new ArrayList<>();
        List<String> keyed = new ArrayList<>();
        for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
            if (ROOTS.contains(type.getName())) {
                continue;
            }
            FieldDefinition id = type.getFieldDefinitions().stream().filter(f -> f.getName().equals("id")).findFirst()
                    .orElse(null);
            if (id != null) {
                assertEquals("ID!", graphql.language.AstPrinter.printAst(id.getType()), type.getName() + ".id");
                keyed.add(type.getName());
            } else if (type.getDescription() != null
                    && type.getDescription().getContent().matches("(?s).*Value type \\(no `id`\\): \\S.*")) {
                valueTypes.add(type.getName());
            } else {
                unkeyed.add(type.getName());
            }
        }
        assertEquals(List.of(), unkeyed, "object types with neither an id nor a value-type description");
        assertTrue(keyed.containsAll(List.of("Participant", "Evidence", "CommitmentStatusChange", "PositionLink",
                "AuditEntry")), keyed.toString());
        assertTrue(valueTypes.containsAll(List.of("PageInfo", "PartialDate", "PositionConnection", "PositionEdge")),
                valueTypes.toString());
    }
}
