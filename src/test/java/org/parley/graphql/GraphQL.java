package org.parley.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Test client: posts a document with variables (never string-spliced) and hands back the response. */
public final class GraphQL {

    private GraphQL() {
    }

    public static Response post(String query, Map<String, ?> variables) {
        return post(query, variables, null);
    }

    /** Posts with a bearer token (none when null). */
    public static Response post(String query, Map<String, ?> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    /** Runs a mutation or query as the given token holder; it must succeed. */
    public static JsonPath data(String query, Map<String, ?> variables, String token) {
        JsonPath json = post(query, variables, token).then().statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        if (errors != null) {
            throw new AssertionError("expected no errors, got " + errors);
        }
        return json.setRootPath("data");
    }

    /** Runs a request as the given token holder that must fail; returns the whole response body. */
    public static JsonPath failing(String query, Map<String, ?> variables, String token) {
        JsonPath json = post(query, variables, token).then().extract().jsonPath();
        if (json.get("errors") == null) {
            throw new AssertionError("expected errors, got " + json.prettify());
        }
        return json;
    }

    /** Runs a query that must succeed: HTTP 200 and no {@code errors}. */
    public static JsonPath data(String query, Map<String, ?> variables) {
        Response response = post(query, variables);
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        if (errors != null) {
            throw new AssertionError("expected no errors, got " + errors);
        }
        return json.setRootPath("data");
    }

    /** Runs a query that must fail; returns the whole response body. */
    public static JsonPath failing(String query, Map<String, ?> variables) {
        JsonPath json = post(query, variables).then().extract().jsonPath();
        if (json.get("errors") == null) {
            throw new AssertionError("expected errors, got " + json.prettify());
        }
        return json;
    }
}
