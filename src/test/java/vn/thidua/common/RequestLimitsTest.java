package vn.thidua.common;

import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Problems;

@QuarkusTest
class RequestLimitsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBodyOver256KibIsRefusedWith413() {
        String huge = "Đ".repeat(200_000);
        Api.invalidAs("admin").body(Map.of("code", Api.freshClusterCode("BIG"), "name", huge, "kind", "BLOC"))
                .post("/api/v1/clusters")
                .then().spec(Problems.problem(413, "payload-too-large"));
    }

    @Test
    void textLongerThanItsFieldAllowsIsNamed() {
        Api.invalidAs("admin").body(Map.of("code", Api.freshClusterCode("LONG"), "name", "Cụm".repeat(70), "kind", "BLOC"))
                .post("/api/v1/clusters")
                .then().spec(Problems.problem(422, "invalid-input"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void everyDatabaseStatementHasATimeout() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SHOW statement_timeout")) {
            rows.next();
            Assertions.assertEquals("30s", rows.getString(1));
        }
    }

    @Test
    void browsersFromAnAllowedOriginMayCallAndReadTheETag() {
        Api.as("viewer").header("Origin", "https://portal.example.gov.vn").get("/api/v1/clusters")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.gov.vn")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
    }

    @Test
    void otherOriginsAreNotAllowed() {
        // Refused by the CORS layer before the API: no body to check against the contract.
        io.restassured.RestAssured.given().header("Origin", "https://evil.example.com").get("/api/v1/clusters")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void apiAnswersCarrySecurityHeadersAndAreNotCached() {
        Api.as("viewer").get("/api/v1/clusters")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
    }
}
