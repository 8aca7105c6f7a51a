package vn.thidua.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Problems;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyChangeOfAMembershipIsRecordedWithWhoWhatAndTheStateBeforeAndAfter() {
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshYear();
        long id = Fixtures.member(cluster, year, "42", "MEMBER");
        String etag = Api.as("central").get("/api/v1/clusters/{code}/members/{id}", cluster, id).header("ETag");
        Api.as("central").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("role", "DEPUTY")).patch("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().statusCode(200);
        String newEtag = Api.as("central").get("/api/v1/clusters/{code}/members/{id}", cluster, id).header("ETag");
        Api.as("central").header("If-Match", newEtag).delete("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().statusCode(204);

        Api.as("central").queryParam("entity", "membership").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.action", contains("delete", "update", "create"))
                .body("items[1].actorSubject", equalTo("test-central@thidua.dev.local"))
                .body("items[1].actorRole", equalTo("central"))
                .body("items[1].before.role", equalTo("MEMBER"))
                .body("items[1].after.role", equalTo("DEPUTY"))
                .body("items[1].after.province.name", equalTo("Hà Tĩnh"))
                .body("items[0].before.role", equalTo("DEPUTY"))
                .body("items[0].after", nullValue())
                .body("items[2].actorSubject", equalTo("test-admin@thidua.dev.local"))
                .body("items[2].before", nullValue())
                .body("items[2].at", notNullValue());
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        Fixtures.member(cluster, year, "40", "HEAD");
        Api.as("admin").body(Map.of("year", year, "provinceCode", "20", "role", "HEAD"))
                .post("/api/v1/clusters/{code}/members", cluster).then().statusCode(409);
        Api.as("admin").queryParam("entity", "membership").queryParam("actor", "test-admin@thidua.dev.local").queryParam("size", 100)
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.findAll { it.after?.clusterCode == '" + cluster + "' }", hasSize(1));
    }

    @Test
    void onlyCentralAndAdminReadTheTrail() {
        Api.as("viewer").get("/api/v1/audit-events").then().spec(Problems.problem(403, "forbidden"));
        Api.asProvince("38").get("/api/v1/audit-events").then().spec(Problems.problem(403, "forbidden"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEvents() throws SQLException {
        Fixtures.cluster("BLOC");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_event SET actor_subject = 'someone-else'"));
            assertEquals("42501", update.getSQLState());
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("TRUNCATE audit_event"));
        }
    }
}
