package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.DemoProfile;

/**
 * The demo data of the Red River Delta cluster for 2023 (db/demo/R__demo_data_3_awards.sql), counted by
 * hand: ten recommendations, one in each state and two approved (Nam Định's flag and Nguyễn Văn Tâm);
 * one ad hoc (Phạm Văn Cường); seven to individuals, five of them direct workers (Phạm Văn Cường, Trần
 * Văn Hùng, Lê Thị Hoa, Đỗ Thị Mai, Nguyễn Văn Tâm); of the two approved, one individual, a direct worker.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoAwardStatisticsTest {

    @Test
    void theDemoClusterYearHasEveryStateOnceAndTwoAwards() {
        Api.as("viewer").queryParam("cluster", "DBSH").queryParam("year", 2023).queryParam("groupBy", "status")
                .get("/api/v1/statistics/awards")
                .then().statusCode(200)
                .body("rows.status", contains("APPROVED", "DRAFT", "ENDORSED", "FORWARDED", "NOT_ENDORSED", "REJECTED",
                        "RETURNED", "SUBMITTED", "WITHDRAWN"))
                .body("rows.count", contains(2, 1, 1, 1, 1, 1, 1, 1, 1))
                .body("totals.recommendations.count", equalTo(10))
                .body("totals.recommendations.adHoc", equalTo(1))
                .body("totals.recommendations.individuals", equalTo(7))
                .body("totals.recommendations.directWorkers", equalTo(5))
                .body("totals.recommendations.directWorkerShare", equalTo(0.7143f))
                .body("totals.awards.count", equalTo(2))
                .body("totals.awards.adHoc", equalTo(0))
                .body("totals.awards.individuals", equalTo(1))
                .body("totals.awards.directWorkers", equalTo(1))
                .body("totals.awards.directWorkerShare", equalTo(1.0f));
    }

    @Test
    void theDemoCountsByAwardType() {
        Api.as("viewer").queryParam("cluster", "DBSH").queryParam("year", 2023).queryParam("groupBy", "awardType")
                .get("/api/v1/statistics/awards")
                .then().statusCode(200)
                .body("rows.awardType", contains("GOV_EMULATION_FLAG", "LABOUR_ORDER_3", "NATIONAL_EMULATION_FIGHTER",
                        "PM_CERTIFICATE_OF_MERIT"))
                .body("rows.count", contains(1, 1, 1, 7));
    }

    @Test
    void namĐịnhsFlagWasApprovedByTheDecisionOf14October2024() {
        var flag = Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("year", 2023)
                .get("/api/v1/provinces/36/awards")
                .then().statusCode(200)
                .body("items.nomineeName", contains("Tỉnh Nam Định"))
                .body("items[0].awardType.code", equalTo("GOV_EMULATION_FLAG"))
                .body("items[0].decision.date", equalTo("2024-10-14"))
                .body("items[0].vote.membersPresent", equalTo(9))
                .body("items[0].vote.votesFor", equalTo(8))
                .extract().jsonPath().getLong("items[0].id");
        Api.as("viewer").get("/api/v1/award-recommendations/{id}/history", flag)
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "SUBMIT", "VOTE", "FORWARD", "DECIDE"))
                .body("items.actor.provinceCode", contains("36", "36", "34", "34", null));
    }

    @Test
    void frieslandCampinaHaNamIsNominatedAsAnExemplaryModel() {
        Api.as("viewer").queryParam("cluster", "DBSH").queryParam("q", "frieslandcampina").get("/api/v1/award-recommendations")
                .then().statusCode(200)
                .body("items.nomineeName", contains("Công ty TNHH FrieslandCampina Hà Nam"))
                .body("items[0].nomineeKind", equalTo("COLLECTIVE"))
                .body("items[0].movement.code", equalTo("NONG-THON-MOI"));
        Api.as("viewer").queryParam("cluster", "DBSH").queryParam("year", 2023).queryParam("kind", "AD_HOC")
                .get("/api/v1/award-recommendations")
                .then().body("items.nomineeName", contains("Phạm Văn Cường"))
                .body("items.directWorker", everyItem(equalTo(true)));
        Api.as("viewer").queryParam("size", 100).get("/api/v1/award-types")
                .then().body("total", equalTo(28)).body("items.code", hasItems("GOV_EMULATION_FLAG", "COMMEMORATIVE_MEDAL"));
    }
}
