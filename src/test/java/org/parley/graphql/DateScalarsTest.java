package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Date and DateTime say what they are: a description of the format and a @specifiedBy URL, in SDL and introspection. */
@QuarkusTest
class DateScalarsTest {

    @Test
    void theDateScalarsAreSpecified() {
        // One __type per request: graphql-java refuses more as bad-faith introspection.
        String query = "query ($name: String!) { __type(name: $name) { description specifiedByURL } }";
        JsonPath date = GraphQL.data(query, Map.of("name", "Date"));
        assertEquals(DateScalars.DATE_SPEC, date.getString("__type.specifiedByURL"));
        assertTrue(date.getString("__type.description").contains("YYYY-MM-DD"));
        JsonPath dateTime = GraphQL.data(query, Map.of("name", "DateTime"));
        assertEquals(DateScalars.DATE_TIME_SPEC, dateTime.getString("__type.specifiedByURL"));

        String sdl = RestAssured.get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertTrue(sdl.contains("scalar Date @specifiedBy(url : \"" + DateScalars.DATE_SPEC + "\")"), "SDL lacks @specifiedBy on Date");
    }
}
