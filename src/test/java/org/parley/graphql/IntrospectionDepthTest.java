package org.parley.graphql;

import org.parley.position.Position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL (and every schema-aware client) introspects the schema on start-up with a query
 * 15 levels deep. It must not trip the depth limit, which stays in force for data queries.
 */
@QuarkusTest
class IntrospectionDepthTest {

    /** The shape of graphql-js's getIntrospectionQuery(), as GraphiQL sends it. */
    static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) {
                name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
              }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            }
            """;

    @Test
    void fullIntrospectionIsAnswered() {
        JsonPath data = GraphQL.data(INTROSPECTION, Map.of());
        List<String> types = data.getList("__schema.types.name");
        assertTrue(types.contains("Position"), "introspection lists no Position type: " + types);
        assertEquals("Query", data.getString("__schema.queryType.name"));
    }

    @Test
    void dataQueriesStillHaveTheDepthLimit() {
        // 13 levels: one more than the configured 12.
        String deep = """
                { meetings { nodes { participants { person { positions { nodes { meeting {
                  participants { person { positions { nodes { evidence { quote } } } } } } } } } } } } }
                """;
        JsonPath response = GraphQL.failing(deep, Map.of());
        assertEquals("QUERY_TOO_DEEP", response.getString("errors[0].extensions.code"));
    }

    @Test
    void aDataFieldNextToIntrospectionKeepsTheLimit() {
        String mixed = """
                { __typename meetings { nodes { participants { person { positions { nodes { meeting {
                  participants { person { positions { nodes { evidence { quote } } } } } } } } } } } } }
                """;
        JsonPath response = GraphQL.failing(mixed, Map.of());
        assertEquals("QUERY_TOO_DEEP", response.getString("errors[0].extensions.code"));
    }
}
