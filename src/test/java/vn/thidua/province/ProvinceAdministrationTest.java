package vn.thidua.province;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

/**
 * Creating, merging and correcting provincial-level units. Every unit here lies in the 2090s and
 * each test has codes and days of its own, so today's 34 units and the 63 of 2023 stay as they are.
 */
@QuarkusTest
class ProvinceAdministrationTest {

    private static Map<String, Object> unit(String code, String name, String validFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("fullName", "Tỉnh " + name);
        body.put("type", "PROVINCE");
        body.put("validFrom", validFrom);
        return body;
    }

    private static Response create(String role, Map<String, Object> body) {
        return Api.as(role).body(body).post("/api/v1/provinces");
    }

    @Test
    void aMergerRetiresThePredecessorsOnTheDayBeforeAndNamesTheSuccessor() {
        Map<String, Object> merged = unit("11", "Điện Biên", "2091-01-01");
        merged.put("predecessorCodes", List.of("11", "12"));
        create("admin", merged)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/provinces/11?asOf=2091-01-01"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("11"))
                .body("fullName", equalTo("Tỉnh Điện Biên"))
                .body("validFrom", equalTo("2091-01-01"))
                .body("validTo", nullValue())
                .body("predecessors.name", contains("Điện Biên", "Lai Châu"))
                .body("predecessors.validTo", contains("2090-12-31", "2090-12-31"));

        Api.as("viewer").queryParam("asOf", "2090-12-31").get("/api/v1/provinces/{code}", "12")
                .then().statusCode(200)
                .body("name", equalTo("Lai Châu"))
                .body("validTo", equalTo("2090-12-31"))
                .body("successor.code", equalTo("11"))
                .body("successor.validFrom", equalTo("2091-01-01"));
        Api.as("viewer").queryParam("asOf", "2091-01-01").get("/api/v1/provinces/{code}", "12")
                .then().spec(problem(404, "not-found"))
                .body("detail", containsString("Lai Châu until 2090-12-31"));
        Api.as("viewer").queryParam("asOf", "2091-01-01").get("/api/v1/provinces/{code}", "11")
                .then().statusCode(200)
                .body("validFrom", equalTo("2091-01-01"))
                .body("predecessors.code", contains("11", "12"));

        // Today nothing has changed yet.
        Api.as("viewer").queryParam("size", 100).get("/api/v1/provinces")
                .then().statusCode(200)
                .body("total", equalTo(34))
                .body("items.name", hasItem("Lai Châu"));
        Api.as("viewer").queryParam("asOf", "2091-01-01").queryParam("size", 100).get("/api/v1/provinces")
                .then().statusCode(200)
                .body("items.name", not(hasItem("Lai Châu")))
                .body("items.findAll { it.code == '11' }", hasSize(1));
    }

    @Test
    void aCodeNamesOneUnitAtATime() {
        create("admin", unit("01", "Hà Nội mới", "2095-01-01"))
                .then().spec(problem(409, "conflict"));
        Api.as("viewer").queryParam("asOf", "2095-06-01").get("/api/v1/provinces/{code}", "01")
                .then().statusCode(200).body("name", equalTo("Hà Nội")).body("validTo", nullValue());
    }

    @Test
    void aCodeConflictNamesTheCodeField() {
        create("admin", unit("01", "Hà Nội mới", "2096-01-01"))
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("code"))
                .body("detail", containsString("a code names one unit at a time"));
    }

    @Test
    void aUnitThatEndsBeforeItStartsIsInvalid() {
        Map<String, Object> body = unit("03", "Thử Nghiệm", "2090-05-01");
        body.put("validTo", "2090-04-30");
        create("admin", body)
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("validTo"));
        Api.as("viewer").queryParam("asOf", "2090-05-01").get("/api/v1/provinces/{code}", "03")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void aPredecessorThatDoesNotExistOnTheDayBeforeIsInvalid() {
        for (String predecessor : new String[] {"99", "27"}) {
            Map<String, Object> body = unit("05", "Thử Nghiệm", "2092-01-01");
            body.put("predecessorCodes", List.of("14", predecessor));
            create("admin", body)
                    .then().spec(problem(422, "invalid-input"))
                    .body("errors.field", contains("predecessorCodes"))
                    .body("detail", containsString("2091-12-31"));
        }
        Api.as("viewer").queryParam("asOf", "2092-01-01").get("/api/v1/provinces/{code}", "05")
                .then().spec(problem(404, "not-found"));
        Api.as("viewer").queryParam("asOf", "2092-01-01").get("/api/v1/provinces/{code}", "14")
                .then().statusCode(200).body("name", equalTo("Sơn La")).body("validTo", nullValue());
    }

    @Test
    void aPredecessorThatEndsOnAnotherDayConflicts() {
        Map<String, Object> shortLived = unit("13", "Tạm Thời", "2096-01-01");
        shortLived.put("validTo", "2096-12-31");
        create("admin", shortLived).then().statusCode(201).body("validTo", equalTo("2096-12-31"));

        Map<String, Object> successor = unit("16", "Kế Tiếp", "2096-07-01");
        successor.put("predecessorCodes", List.of("13"));
        create("admin", successor)
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("2096-12-31"));
        Api.as("viewer").queryParam("asOf", "2096-08-01").get("/api/v1/provinces/{code}", "13")
                .then().statusCode(200).body("validTo", equalTo("2096-12-31"));
    }

    @Test
    void aCorrectionReplacesTheUnitAndNeedsItsETag() {
        create("central", unit("03", "Hà Tiên", "2093-01-01")).then().statusCode(201);
        String etag = Api.etagOf(Api.as("viewer").queryParam("asOf", "2093-01-01")
                .get("/api/v1/provinces/{code}", "03").then().statusCode(200).extract().response());

        Map<String, Object> corrected = unit("03", "Hà Tiên", "2093-01-01");
        corrected.put("fullName", "Thành phố Hà Tiên");
        corrected.put("type", "CITY");
        Api.invalidAs("admin").queryParam("asOf", "2093-01-01").body(corrected)
                .put("/api/v1/provinces/{code}", "03")
                .then().spec(problem(428, "if-match-required"));
        Api.as("admin").queryParam("asOf", "2093-01-01").header("If-Match", etag).body(corrected)
                .put("/api/v1/provinces/{code}", "03")
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("fullName", equalTo("Thành phố Hà Tiên"))
                .body("type", equalTo("CITY"))
                .body("validFrom", equalTo("2093-01-01"));
        Api.as("admin").queryParam("asOf", "2093-01-01").header("If-Match", etag).body(unit("03", "Hà Tiên", "2093-01-01"))
                .put("/api/v1/provinces/{code}", "03")
                .then().spec(problem(412, "stale-version"));
        Api.as("viewer").queryParam("asOf", "2093-06-01").get("/api/v1/provinces/{code}", "03")
                .then().statusCode(200).body("type", equalTo("CITY"));
        Api.as("viewer").get("/api/v1/provinces/{code}", "03").then().spec(problem(404, "not-found"));
    }

    @Test
    void aCorrectionRetiresAUnitIntoItsSuccessor() {
        create("admin", unit("07", "Bến Hải", "2094-01-01")).then().statusCode(201);
        create("admin", unit("09", "Hiền Lương", "2095-01-01")).then().statusCode(201);

        Map<String, Object> retired = unit("07", "Bến Hải", "2094-01-01");
        retired.put("successorCode", "09");
        Api.as("admin").queryParam("asOf", "2094-01-01").header("If-Match", "\"0\"").body(retired)
                .put("/api/v1/provinces/{code}", "07")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("successorCode"));

        retired.put("validTo", "2094-06-30");
        Api.as("admin").queryParam("asOf", "2094-01-01").header("If-Match", "\"0\"").body(retired)
                .put("/api/v1/provinces/{code}", "07")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("successorCode"))
                .body("detail", containsString("2094-07-01"));

        retired.put("validTo", "2094-12-31");
        Api.as("admin").queryParam("asOf", "2094-01-01").header("If-Match", "\"0\"").body(retired)
                .put("/api/v1/provinces/{code}", "07")
                .then().statusCode(200)
                .body("validTo", equalTo("2094-12-31"))
                .body("successor.code", equalTo("09"))
                .body("successor.name", equalTo("Hiền Lương"));
        Api.as("viewer").queryParam("asOf", "2095-01-01").get("/api/v1/provinces/{code}", "09")
                .then().statusCode(200).body("predecessors.name", contains("Bến Hải"));
    }

    @Test
    void aCorrectionThatGivesTwoUnitsOneCodeAtOnceConflicts() {
        create("admin", unit("18", "Trùng Mã", "2097-01-01")).then().statusCode(201);
        Api.as("admin").queryParam("asOf", "2097-01-01").header("If-Match", "\"0\"")
                .body(unit("01", "Trùng Mã", "2097-01-01"))
                .put("/api/v1/provinces/{code}", "18")
                .then().spec(problem(409, "conflict"));
        Api.as("viewer").queryParam("asOf", "2097-01-01").get("/api/v1/provinces/{code}", "18")
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void correctingACodeNoUnitHasOnTheDayIsNotFound() {
        Api.as("admin").queryParam("asOf", "2023-07-26").header("If-Match", "\"0\"")
                .body(unit("99", "Không Có", "2023-01-01"))
                .put("/api/v1/provinces/{code}", "99")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void aCodeMustBeTwoDigits() {
        Api.invalidAs("admin").body(unit("5", "Thử Nghiệm", "2098-01-01")).post("/api/v1/provinces")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("code"));
    }

    @Test
    void onlyAdminAndCentralAdministerUnits() {
        Api.as("viewer").body(unit("21", "Thử Nghiệm", "2099-01-01")).post("/api/v1/provinces")
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").body(unit("21", "Thử Nghiệm", "2099-01-01")).post("/api/v1/provinces")
                .then().spec(problem(403, "forbidden"));
        Map<String, Object> hanoi = unit("01", "Hà Nội", null);
        hanoi.remove("validFrom");
        hanoi.put("fullName", "Thủ đô Hà Nội");
        Api.as("viewer").header("If-Match", "\"0\"").body(hanoi).put("/api/v1/provinces/{code}", "01")
                .then().spec(problem(403, "forbidden"));
        Api.as("viewer").queryParam("asOf", "2099-01-01").get("/api/v1/provinces/{code}", "21")
                .then().spec(problem(404, "not-found"));
        Api.as("viewer").get("/api/v1/provinces/{code}", "01").then().body("fullName", equalTo("Thành phố Hà Nội"));
    }
}
