package vn.thidua.movement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

@QuarkusTest
class MovementResourceTest {

    @Test
    void theFourMovementsOfTheReferenceCaseAreThere() {
        Api.as("viewer").queryParam("size", 100).get("/api/v1/movements")
                .then().statusCode(200)
                .body("items.code", hasItems("HA-TANG-TIET-KIEM", "NONG-THON-MOI", "VI-NGUOI-NGHEO", "VAN-HOA-CONG-SO"));
        Api.as("viewer").get("/api/v1/movements/VI-NGUOI-NGHEO")
                .then().statusCode(200)
                .body("name", equalTo("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"))
                .body("startYear", equalTo(2021))
                .body("endYear", equalTo(2025));
    }

    @Test
    void theYearFilterKeepsMovementsRunningThatYear() {
        Api.as("viewer").queryParam("year", 2019).queryParam("size", 100).get("/api/v1/movements")
                .then().statusCode(200)
                .body("items.code", not(hasItem("NONG-THON-MOI")))
                .body("items.code", hasItem("VAN-HOA-CONG-SO"));
    }

    @Test
    void centralStaffAddAndChangeMovements() {
        String code = "TEST-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36).toUpperCase();
        Api.as("province").body(Map.of("code", code, "name", "Thi đua thực hiện chuyển đổi số quốc gia"))
                .post("/api/v1/movements").then().statusCode(403);
        String etag = Api.etagOf(Api.as("central").body(Map.of("code", code, "name", "Thi đua thực hiện chuyển đổi số quốc gia",
                        "startYear", 2024)).post("/api/v1/movements")
                .then().statusCode(201).body("startYear", equalTo(2024)).extract().response());
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "Thi đua thực hiện chuyển đổi số quốc gia",
                        "startYear", 2024, "endYear", 2023))
                .put("/api/v1/movements/{code}", code)
                .then().statusCode(422).body("errors.field", contains("endYear"));
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "Thi đua thực hiện chuyển đổi số quốc gia",
                        "startYear", 2024, "endYear", 2030))
                .put("/api/v1/movements/{code}", code)
                .then().statusCode(200).body("endYear", equalTo(2030));
        Api.as("admin").body(Map.of("code", code, "name", "Trùng mã")).post("/api/v1/movements")
                .then().statusCode(409).body("errors.field", contains("code"));
    }
}
