package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

@QuarkusTest
class AwardTypeResourceTest {

    @Test
    void theCatalogHoldsTheTwentyEightTypesOfTheSourceList() {
        Api.as("province").queryParam("size", 100).get("/api/v1/award-types")
                .then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(28))
                .body("items.code", hasItem("GOV_EMULATION_FLAG"))
                .body("items.find { it.code == 'GOV_EMULATION_FLAG' }.recipients", contains("COLLECTIVE"))
                .body("items.find { it.code == 'PM_CERTIFICATE_OF_MERIT' }.recipients",
                        contains("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"))
                .body("items.find { it.code == 'CULTURAL_FAMILY' }.name", equalTo("Gia đình văn hóa"));
        Api.as("viewer").get("/api/v1/award-types/GOV_EMULATION_FLAG")
                .then().statusCode(200)
                .body("name", equalTo("Cờ thi đua của Chính phủ"))
                .body("category", equalTo("EMULATION_TITLE"))
                .body("decidedBy", equalTo("PRIME_MINISTER"));
    }

    @Test
    void theCatalogFiltersByCategoryAndRecipient() {
        Api.as("viewer").queryParam("category", "CERTIFICATE_OF_MERIT").queryParam("recipient", "HOUSEHOLD")
                .get("/api/v1/award-types")
                .then().statusCode(200)
                .body("items.code", hasItem("PM_CERTIFICATE_OF_MERIT"))
                .body("items.category", everyItem(equalTo("CERTIFICATE_OF_MERIT")))
                .body("items.recipients", everyItem(hasItem("HOUSEHOLD")));
        Api.as("viewer").queryParam("recipient", "INDIVIDUAL").queryParam("size", 100).get("/api/v1/award-types")
                .then().body("items.code", not(hasItem("GOV_EMULATION_FLAG")));
    }

    @Test
    void anAdminMaintainsTheCatalog() {
        String code = "TEST_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36).toUpperCase();
        Map<String, Object> type = Map.of("code", code, "name", "Huân chương Chiến công hạng Ba", "category", "ORDER",
                "recipients", List.of("INDIVIDUAL"), "decidedBy", "PRESIDENT");
        Api.as("central").body(type).post("/api/v1/award-types").then().statusCode(403);
        String etag = Api.etagOf(Api.as("admin").body(type).post("/api/v1/award-types")
                .then().statusCode(201).body("recipients", contains("INDIVIDUAL")).extract().response());
        Api.as("admin").body(type).post("/api/v1/award-types").then().statusCode(409).body("errors.field", contains("code"));
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "Huân chương Chiến công hạng Ba", "category", "ORDER",
                        "recipients", List.of("INDIVIDUAL", "COLLECTIVE"), "decidedBy", "PRESIDENT"))
                .put("/api/v1/award-types/{code}", code)
                .then().statusCode(200).body("recipients", containsInAnyOrder("INDIVIDUAL", "COLLECTIVE"));
        Api.invalidAs("admin").body(Map.of("code", code + "X", "name", "Không người nhận", "category", "ORDER",
                        "recipients", List.of(), "decidedBy", "PRESIDENT"))
                .post("/api/v1/award-types").then().statusCode(422).body("errors.field", contains("recipients"));
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Api.as("viewer").get("/api/v1/award-types/KHONG_CO").then().statusCode(404)
                .body("type", equalTo("urn:thidua:problem:not-found"));
    }
}
