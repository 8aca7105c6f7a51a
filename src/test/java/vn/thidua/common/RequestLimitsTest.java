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
        // A browser's preflight, answered by the CORS layer before the API: the configured origin is allowed (so CORS
        // is on and this test can fail), another is not.
        for (String[] originAndAllowed : new String[][] {{"https://portal.example.gov.vn", "https://portal.example.gov.vn"},
                {"https://evil.example.com", null}}) {
            io.restassured.RestAssured.given().header("Origin", originAndAllowed[0])
                    .header("Access-Control-Request-Method", "GET").options("/api/v1/clusters")
                    .then().header("Access-Control-Allow-Origin", originAndAllowed[1] == null
                            ? org.hamcrest.Matchers.nullValue() : org.hamcrest.Matchers.equalTo(originAndAllowed[1]));
        }
    }

    @Test
    void apiAnswersCarrySecurityHeadersAndAreNotCached() {
        for (String path : new String[] {"/api/v1/award-recommendations", "/api/v1/provinces/38", "/api/v1/changes"}) {
            java.util.List<String> cacheControl = Api.as("viewer").get(path)
                    .then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .extract().headers().getValues("Cache-Control");
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("no-store"), cacheControl, path);
        }
        // The reference lists say how long they may be reused, once: not beside a no-store that would cancel it.
        for (String path : new String[] {"/api/v1/provinces", "/api/v1/clusters", "/api/v1/award-types", "/api/v1/indicators"}) {
            java.util.List<String> cacheControl = Api.as("viewer").get(path)
                    .then().statusCode(200).header("X-Frame-Options", "DENY")
                    .extract().headers().getValues("Cache-Control");
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("private, max-age=60, must-revalidate"),
                    cacheControl, path);
        }
    }
}
