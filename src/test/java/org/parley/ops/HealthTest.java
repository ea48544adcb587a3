package org.parley.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/**
 * The operational endpoints a platform relies on: the three health groups the Kubernetes
 * probes call, and the Prometheus scrape with HTTP, connection pool and GraphQL metrics.
 * HealthIT runs the same checks against the packaged application.
 */
@QuarkusTest
class HealthTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void startupIsUp() {
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void allHealthGroupsTogether() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusScrapeHasHttpPoolAndGraphQLMetrics() {
        // One GraphQL operation first, so the per-operation meters exist.
        GraphQL.data("query { organizations(first: 1) { totalCount } }", Map.of());

        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/graphql\""))
                .body(containsString("agroal_active_count"))
                .body(containsString("agroal_available_count"))
                .body(containsString("parley_graphql_seconds_count{"))
                .body(containsString("field=\"organizations\""))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
