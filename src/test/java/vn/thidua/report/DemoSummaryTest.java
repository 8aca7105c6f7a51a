package vn.thidua.report;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.DemoProfile;

/** The demo data's reports add up to the totals reported at the cluster's 2023 mid-year review (docs/DOMAIN.md). */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoSummaryTest {

    private static String line(String indicator) {
        return "indicators.find { it.indicatorCode == '" + indicator + "' }";
    }

    @Test
    void theRedRiverDeltaSummaryOfTheFirstHalfOf2023HasTheReportedTotals() {
        Api.as("viewer").get("/api/v1/clusters/DBSH/summaries/2023-H1").then().statusCode(200)
                .body("clusterName", equalTo("Cụm thi đua các tỉnh Đồng bằng sông Hồng"))
                .body("members.expected", equalTo(9))
                .body("members.accepted", equalTo(9))
                .body("missingMembers", empty())
                .body(line("BUDGET_REVENUE") + ".value", equalTo(116318))
                .body(line("BUDGET_REVENUE") + ".reportCount", equalTo(9))
                .body(line("TOTAL_SOCIAL_INVESTMENT") + ".value", equalTo(246514))
                .body(line("NTM_COMMUNES") + ".value", equalTo(1340))
                .body(line("NTM_ADVANCED_COMMUNES") + ".value", equalTo(440))
                .body(line("NTM_MODEL_COMMUNES") + ".value", equalTo(101))
                .body(line("NTM_DISTRICTS") + ".value", equalTo(82))
                .body(line("NTM_DISTRICTS") + ".reportCount", equalTo(9));
    }

    @Test
    void theDemoReportsSayTheirFiguresAreIllustrative() {
        Api.as("viewer").queryParam("cluster", "DBSH").queryParam("period", "2023-H1").queryParam("size", 100)
                .get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(9))
                .body("items.findAll { it.movementResults.startsWith('Số liệu minh họa') }.size()", equalTo(9));
    }
}
