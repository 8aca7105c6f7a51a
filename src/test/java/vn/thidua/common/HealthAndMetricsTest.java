package vn.thidua.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

/** What operations watch: readiness with the database check, and Prometheus metrics. Outside the contract, no token. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void theServiceIsReadyWhenItsDatabaseIs() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.toLowerCase().contains('database') }.status", equalTo("UP"))
                .body("checks.status", hasItem("UP"));
    }

    @Test
    void theServiceIsAlive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountHttpRequests() {
        Api.as("viewer").get("/api/v1/clusters").then().statusCode(200);
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests"))
                .body(containsString("uri=\"/api/v1/clusters\""));
    }
}
