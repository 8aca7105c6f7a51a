package vn.thidua;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.DemoProfile;

/** The demo data dev mode loads (db/demo) is the reference case of docs/DOMAIN.md: the Red River Delta cluster of 2023. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDataTest {

    @Test
    void theRedRiverDeltaClusterExists() {
        Api.as("viewer").get("/api/v1/clusters/{code}", "DBSH")
                .then().statusCode(200)
                .body("name", equalTo("Cụm thi đua các tỉnh Đồng bằng sông Hồng"))
                .body("kind", equalTo("PROVINCES"));
    }

    @Test
    void in2023ItHadNineMembersHeadedByThaiBinh() {
        Api.as("viewer").queryParam("year", 2023).queryParam("size", 100).get("/api/v1/clusters/{code}/members", "DBSH")
                .then().statusCode(200)
                .body("total", equalTo(9))
                .body("items.year", contains(2023, 2023, 2023, 2023, 2023, 2023, 2023, 2023, 2023))
                .body("items.role", contains("HEAD", "DEPUTY", "DEPUTY", "MEMBER", "MEMBER", "MEMBER", "MEMBER",
                        "MEMBER", "MEMBER"))
                .body("items.province.code", contains("34", "35", "36", "22", "26", "27", "30", "33", "37"))
                .body("items[0].province.name", equalTo("Thái Bình"));
    }

    @Test
    void namDinhAndHaNamWereTheDeputies() {
        Api.as("viewer").queryParam("year", 2023).queryParam("role", "DEPUTY")
                .get("/api/v1/clusters/{code}/members", "DBSH")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.province.name", containsInAnyOrder("Nam Định", "Hà Nam"));
        Api.as("viewer").queryParam("year", 2023).queryParam("role", "MEMBER").queryParam("size", 100)
                .get("/api/v1/clusters/{code}/members", "DBSH")
                .then().statusCode(200)
                .body("items.province.name", containsInAnyOrder("Vĩnh Phúc", "Bắc Ninh", "Quảng Ninh", "Hải Dương",
                        "Hưng Yên", "Ninh Bình"));
    }

    @Test
    void thaiBinhHistoryShowsItsHeadship() {
        Api.as("viewer").queryParam("asOf", "2023-07-26").get("/api/v1/provinces/{code}/memberships", "34")
                .then().statusCode(200)
                .body("items.find { it.clusterCode == 'DBSH' && it.year == 2023 }.role", equalTo("HEAD"))
                .body("items.findAll { it.clusterCode == 'DBSH' }.year", hasItem(2023));
    }

    @Test
    void todaysNinhBinhsSeriesRollsUpItsThreeUnitsBeforeTheMergerAndItselfAfter() {
        Api.as("viewer").queryParam("from", 2023).queryParam("to", 2026).queryParam("indicator", "BUDGET_REVENUE")
                .queryParam("asOf", "2026-12-01").get("/api/v1/provinces/{code}/indicators", "37")
                .then().statusCode(200)
                .body("values.period", contains("2023-H1", "2023-FY", "2024-H1", "2024-FY", "2025-H1", "2025-FY", "2026-H1"))
                // 2023-H1: Hà Nam 8200 + Nam Định 5600 + Ninh Bình 12600 of the demo's mid-year reports.
                .body("values[0].value", equalTo(26400))
                .body("values[0].madeOf.provinceCode", contains("35", "36", "37"))
                // 2023-FY: Nam Định's and Ninh Bình's year reports (11648 + 26208); Hà Nam's is the guide's to file.
                .body("values[1].value", equalTo(37856))
                .body("values[1].complete", equalTo(false))
                .body("values[5].madeOf.provinceCode", contains("37"))
                .body("values.findAll { it.period != '2023-FY' }.complete", everyItem(equalTo(true)));
    }

    @Test
    void theMidYearReviewOf2023WasHeldInPhuLyHostedByHaNam() {
        Api.as("viewer").queryParam("year", 2023).queryParam("kind", "MID_YEAR_REVIEW")
                .get("/api/v1/clusters/{code}/conferences", "DBSH")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].startsOn", equalTo("2023-07-25"))
                .body("items[0].endsOn", equalTo("2023-07-26"))
                .body("items[0].place", containsString("Phủ Lý"))
                .body("items[0].hostProvince.name", equalTo("Hà Nam"))
                .body("items[0].delegations.province.code", contains("34", "36", "35", "33", "26", "27", "22", "30", "37"))
                .body("items[0].delegations.headName", contains("Lại Văn Hoàn", "Hà Lan Anh", "Trần Xuân Dưỡng",
                        "Nguyễn Thị Tươi", null, null, null, null, null))
                .body("items[0].delegations[0].headTitle", containsString("Cụm trưởng"))
                .body("items[0].centralRepresentatives[0].name", equalTo("Đỗ Ngọc Toàn"))
                .body("items[0].outcomes.tasks.size()", equalTo(3))
                .body("items[0].outcomes.reportsReviewed.period", everyItem(equalTo("2023-H1")))
                .body("items[0].outcomes.reportsReviewed.size()", equalTo(9));
    }

    @Test
    void atTheMidYearReviewHungYenPresentedAndTheModelsWereMetAndVisited() {
        long id = Api.as("viewer").queryParam("year", 2023).queryParam("kind", "MID_YEAR_REVIEW")
                .get("/api/v1/clusters/{code}/conferences", "DBSH").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Api.as("viewer").get("/api/v1/clusters/{code}/conferences/{id}", "DBSH", id)
                .then().statusCode(200)
                .body("agenda.kind", contains("FIELD_VISIT", "FIELD_VISIT", "REPORT", "PRESENTATION", "EXCHANGE"))
                .body("agenda[0].heldOn", equalTo("2023-07-25"))
                .body("agenda[0].exemplaryModels.name", contains("Công ty TNHH FrieslandCampina Hà Nam"))
                .body("agenda[3].province.name", equalTo("Hưng Yên"))
                .body("agenda[3].speakerName", equalTo("Nguyễn Thị Tươi"))
                .body("agenda[3].speakerTitle", equalTo("Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên"))
                .body("agenda[4].exemplaryModels.province.name", containsInAnyOrder("Hà Nam", "Ninh Bình", "Hải Dương"));
        Api.as("viewer").queryParam("q", "frieslandcampina ha nam").get("/api/v1/exemplary-models")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("COMPANY"))
                .body("items[0].province.name", equalTo("Hà Nam"))
                .body("items[0].provinceToday.name", equalTo("Ninh Bình"))
                .body("items[0].appearances.as", contains("FIELD_VISIT"))
                .body("items[0].appearances[0].on", equalTo("2023-07-25"))
                .body("items[0].appearances[0].conferenceId", equalTo((int) id));
        Api.as("viewer").queryParam("movement", "NONG-THON-MOI").queryParam("year", 2023).queryParam("province", "37")
                .get("/api/v1/exemplary-models")
                .then().statusCode(200)
                .body("items.province.name", containsInAnyOrder("Hà Nam", "Hà Nam", "Ninh Bình"));
    }
}
