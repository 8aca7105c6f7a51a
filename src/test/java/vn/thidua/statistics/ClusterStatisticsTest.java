package vn.thidua.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * Summaries, rankings and national statistics on fresh data, against numbers worked out by hand.
 */
@QuarkusTest
class ClusterStatisticsTest {

    private static final String BUDGET = "indicators.find { it.indicatorCode == 'BUDGET_REVENUE' }";
    private static final String NTM = "indicators.find { it.indicatorCode == 'NTM_COMMUNES' }";
    private static final String POVERTY = "indicators.find { it.indicatorCode == 'POVERTY_RATE' }";
    private static final String GROWTH = "indicators.find { it.indicatorCode == 'GRDP_GROWTH' }";
    private static final String PCI = "indicators.find { it.indicatorCode == 'PCI' }";
    private static final String EXPORT = "indicators.find { it.indicatorCode == 'EXPORT_TURNOVER' }";

    /**
     * Five members: Thanh Hóa (38, head) and Nghệ An (40) accepted, Hà Tĩnh (42) submitted without GRDP,
     * Lạng Sơn (20) a draft, Điện Biên (11) nothing.
     */
    private static String[] summaryCase() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        String period = year + "-H1";
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "40", "DEPUTY");
        Fixtures.member(cluster, year, "42", "MEMBER");
        Fixtures.member(cluster, year, "20", "MEMBER");
        Fixtures.member(cluster, year, "11", "MEMBER");
        Fixtures.acceptedReport(cluster, "38", period, Fixtures.values("BUDGET_REVENUE", "100", "NTM_COMMUNES", "10",
                "POVERTY_RATE", "2.0", "GRDP", "1000", "GRDP_GROWTH", "6", "PCI", "65.5"));
        Fixtures.acceptedReport(cluster, "40", period, Fixtures.values("BUDGET_REVENUE", "250.5", "NTM_COMMUNES", "20",
                "POVERTY_RATE", "1.0", "GRDP", "3000", "GRDP_GROWTH", "8", "PCI", "70"));
        long namDinh = Fixtures.report(cluster, "42", period, Fixtures.values("BUDGET_REVENUE", "50", "NTM_COMMUNES", "5",
                "POVERTY_RATE", "3.0", "GRDP_GROWTH", "10"));
        Fixtures.act(namDinh, "submit");
        Fixtures.report(cluster, "20", period, Fixtures.values("BUDGET_REVENUE", "999"));
        return new String[] {cluster, period};
    }

    @Test
    void theSummaryCountsAcceptedReportsOnly() {
        String[] c = summaryCase();
        Api.as("viewer").get("/api/v1/clusters/{code}/summaries/{period}", c[0], c[1]).then().statusCode(200)
                .body("clusterCode", equalTo(c[0]))
                .body("period", equalTo(c[1]))
                .body("countedStatuses", contains("ACCEPTED"))
                .body("members.expected", equalTo(5))
                .body("members.notStarted", equalTo(1))
                .body("members.draft", equalTo(1))
                .body("members.submitted", equalTo(1))
                .body("members.returned", equalTo(0))
                .body("members.accepted", equalTo(2))
                .body("missingMembers.provinceCode", contains("11", "20", "42"))
                .body("missingMembers.provinceName", contains("Điện Biên", "Lạng Sơn", "Hà Tĩnh"))
                .body("missingMembers[0].reportStatus", nullValue())
                .body("missingMembers.reportStatus", contains(null, "DRAFT", "SUBMITTED"))
                .body("indicators", hasSize(catalogSize()))
                // SUM: 100 + 250.5
                .body(BUDGET + ".aggregation", equalTo("SUM"))
                .body(BUDGET + ".value", equalTo(350.5f))
                .body(BUDGET + ".reportCount", equalTo(2))
                .body(BUDGET + ".minimum.provinceCode", equalTo("38"))
                .body(BUDGET + ".minimum.provinceName", equalTo("Thanh Hóa"))
                .body(BUDGET + ".minimum.value", equalTo(100))
                .body(BUDGET + ".maximum.provinceName", equalTo("Nghệ An"))
                .body(BUDGET + ".maximum.value", equalTo(250.5f))
                .body(NTM + ".value", equalTo(30))
                // AVERAGE: (2 + 1) / 2; lower is better, but minimum is still the lowest value.
                .body(POVERTY + ".aggregation", equalTo("AVERAGE"))
                .body(POVERTY + ".higherIsBetter", equalTo(false))
                .body(POVERTY + ".value", equalTo(1.5f))
                .body(POVERTY + ".minimum.provinceCode", equalTo("40"))
                .body(POVERTY + ".maximum.provinceCode", equalTo("38"))
                // WEIGHTED_AVERAGE by GRDP: (6 × 1000 + 8 × 3000) / 4000 = 7.5 (the plain average would be 7).
                .body(GROWTH + ".aggregation", equalTo("WEIGHTED_AVERAGE"))
                .body(GROWTH + ".value", equalTo(7.5f))
                // LIST: no cluster value, but the members' extremes.
                .body(PCI + ".aggregation", equalTo("LIST"))
                .body(PCI + ".value", nullValue())
                .body(PCI + ".reportCount", equalTo(2))
                .body(PCI + ".maximum.provinceCode", equalTo("40"))
                .body(PCI + ".maximum.value", equalTo(70))
                .body(EXPORT + ".reportCount", equalTo(0))
                .body(EXPORT + ".value", nullValue())
                .body(EXPORT + ".minimum", nullValue());
    }

    @Test
    void includeSubmittedAlsoCountsReportsWaitingForAcceptance() {
        String[] c = summaryCase();
        Api.as("province").queryParam("include", "SUBMITTED")
                .get("/api/v1/clusters/{code}/summaries/{period}", c[0], c[1]).then().statusCode(200)
                .body("countedStatuses", contains("ACCEPTED", "SUBMITTED"))
                .body("missingMembers.provinceCode", contains("11", "20"))
                // 100 + 250.5 + 50
                .body(BUDGET + ".value", equalTo(400.5f))
                .body(BUDGET + ".reportCount", equalTo(3))
                .body(BUDGET + ".minimum.provinceName", equalTo("Hà Tĩnh"))
                .body(NTM + ".value", equalTo(35))
                // (2 + 1 + 3) / 3
                .body(POVERTY + ".value", equalTo(2))
                .body(POVERTY + ".maximum.provinceCode", equalTo("42"))
                // Hà Tĩnh gives no GRDP: the plain average (6 + 8 + 10) / 3, said so.
                .body(GROWTH + ".aggregation", equalTo("AVERAGE"))
                .body(GROWTH + ".value", equalTo(8));
    }

    @Test
    void aSummaryOfAnUnknownClusterOrAMalformedPeriodIsRefused() {
        Api.as("viewer").get("/api/v1/clusters/{code}/summaries/{period}", "KHONG-CO", "2023-H1")
                .then().statusCode(404).body("type", equalTo("urn:thidua:problem:not-found"));
        Api.invalidAs("viewer").get("/api/v1/clusters/{code}/summaries/{period}", "DBSH", "2023-6T")
                .then().statusCode(400).body("errors.field", contains("period"));
    }

    @Test
    void equalValuesShareARankAndLowerIsBetterForThePovertyRate() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        String period = year + "-FY";
        for (String code : List.of("38", "40", "42", "20")) {
            Fixtures.member(cluster, year, code, code.equals("38") ? "HEAD" : "MEMBER");
        }
        Fixtures.acceptedReport(cluster, "38", period, Fixtures.values("POVERTY_RATE", "1.5", "BUDGET_REVENUE", "100"));
        Fixtures.acceptedReport(cluster, "40", period, Fixtures.values("POVERTY_RATE", "0.8", "BUDGET_REVENUE", "200"));
        Fixtures.acceptedReport(cluster, "42", period, Fixtures.values("POVERTY_RATE", "1.50", "BUDGET_REVENUE", "200"));
        Fixtures.acceptedReport(cluster, "20", period, Fixtures.values("POVERTY_RATE", "2", "BUDGET_REVENUE", "50"));

        Api.as("viewer").queryParam("indicator", "POVERTY_RATE")
                .get("/api/v1/clusters/{code}/rankings/{period}", cluster, period).then().statusCode(200)
                .body("higherIsBetter", equalTo(false))
                .body("indicatorName", equalTo("Tỷ lệ hộ nghèo"))
                .body("entries.provinceCode", contains("40", "38", "42", "20"))
                .body("entries.rank", contains(1, 2, 2, 4))
                .body("entries.value", contains(0.8f, 1.5f, 1.5f, 2));
        Api.as("viewer").queryParam("indicator", "BUDGET_REVENUE")
                .get("/api/v1/clusters/{code}/rankings/{period}", cluster, period).then().statusCode(200)
                .body("higherIsBetter", equalTo(true))
                .body("entries.provinceName", contains("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Lạng Sơn"))
                .body("entries.rank", contains(1, 1, 3, 4));
        Api.as("viewer").queryParam("indicator", "PCI")
                .get("/api/v1/clusters/{code}/rankings/{period}", cluster, period).then().statusCode(200)
                .body("entries", empty());
    }

    @Test
    void aRankingNeedsAKnownIndicator() {
        Api.invalidAs("viewer").get("/api/v1/clusters/{code}/rankings/{period}", "DBSH", "2023-H1")
                .then().statusCode(400).body("errors.field", contains("indicator"));
        Api.as("viewer").queryParam("indicator", "HAPPINESS")
                .get("/api/v1/clusters/{code}/rankings/{period}", "DBSH", "2023-H1")
                .then().statusCode(400).body("errors[0].message", containsString("HAPPINESS"));
    }

    @Test
    void theNationalViewGivesEachClusterOfProvincesAndTheirTotal() {
        int year = Api.freshYear();
        String period = year + "-H1";
        String north = Fixtures.cluster("PROVINCES");
        String coast = Fixtures.cluster("PROVINCES");
        String bloc = Fixtures.cluster("BLOC");
        Fixtures.member(north, year, "38", "HEAD");
        Fixtures.member(north, year, "40", "MEMBER");
        Fixtures.member(coast, year, "22", "HEAD");
        Fixtures.member(bloc, year, "38", "HEAD");
        Fixtures.acceptedReport(north, "38", period, Fixtures.values("BUDGET_REVENUE", "100", "POVERTY_RATE", "2"));
        Fixtures.acceptedReport(north, "40", period, Fixtures.values("BUDGET_REVENUE", "200", "POVERTY_RATE", "1"));
        Fixtures.acceptedReport(coast, "22", period, Fixtures.values("BUDGET_REVENUE", "300.25", "POVERTY_RATE", "0.5"));
        // Thanh Hóa also reports to a bloc: the national total must not count it twice.
        Fixtures.acceptedReport(bloc, "38", period, Fixtures.values("BUDGET_REVENUE", "1000"));

        String budget = "rows.findAll { it.indicatorCode == 'BUDGET_REVENUE' }";
        String poverty = "rows.findAll { it.indicatorCode == 'POVERTY_RATE' }";
        String[] clusters = {north, coast};
        Arrays.sort(clusters);
        boolean northFirst = clusters[0].equals(north);
        Api.as("central").queryParam("period", period).get("/api/v1/statistics/indicators").then().statusCode(200)
                .body("period", equalTo(period))
                .body("rows.indicatorCode", contains("BUDGET_REVENUE", "BUDGET_REVENUE", "BUDGET_REVENUE",
                        "POVERTY_RATE", "POVERTY_RATE", "POVERTY_RATE"))
                .body(budget + ".scope", contains("CLUSTER", "CLUSTER", "NATIONAL"))
                .body(budget + ".clusterCode", contains(clusters[0], clusters[1], null))
                .body(budget + ".value", northFirst ? contains(300, 300.25f, 600.25f) : contains(300.25f, 300, 600.25f))
                .body(budget + ".reportCount", northFirst ? contains(2, 1, 3) : contains(1, 2, 3))
                // The national average is over all reports: (2 + 1 + 0.5) / 3 = 1.1667 (4 decimals).
                .body(poverty + ".value[2]", equalTo(1.1667f))
                .body(poverty + ".aggregation", contains("AVERAGE", "AVERAGE", "AVERAGE"));
        Api.as("admin").queryParam("period", period).queryParam("indicator", "POVERTY_RATE")
                .get("/api/v1/statistics/indicators").then().statusCode(200)
                .body("rows", hasSize(3));
    }

    @Test
    void theNationalViewIsForCentralStaff() {
        Api.as("province").queryParam("period", "2023-H1").get("/api/v1/statistics/indicators")
                .then().statusCode(403).body("type", equalTo("urn:thidua:problem:forbidden"));
        Api.as("viewer").queryParam("period", "2023-H1").get("/api/v1/statistics/indicators").then().statusCode(403);
        Api.invalidAs("central").get("/api/v1/statistics/indicators")
                .then().statusCode(400).body("errors.field", contains("period"));
    }

    @Test
    void summariesRankingsAndTheNationalViewAnswerCsvForExcel() {
        String[] c = summaryCase();
        byte[] summary = Api.as("viewer").accept("text/csv")
                .get("/api/v1/clusters/{code}/summaries/{period}", c[0], c[1]).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(c[0] + "-" + c[1]))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(summary, 3), "UTF-8 byte order mark");
        String[] lines = new String(summary, 3, summary.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(1 + catalogSize(), lines.length, "header and one line per indicator");
        assertTrue(lines[0].startsWith("Mã chỉ tiêu,Chỉ tiêu,Đơn vị,"), lines[0]);
        // A name with a comma is quoted (RFC 4180).
        assertTrue(lines[1].startsWith("GRDP,\"Tổng sản phẩm trên địa bàn (GRDP, giá hiện hành)\",tỷ đồng,SUM,4000,2,"), lines[1]);
        assertTrue(Arrays.asList(lines).contains(
                "BUDGET_REVENUE,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,SUM,350.5,2,38,Thanh Hóa,100,40,Nghệ An,250.5"),
                String.join("\n", lines));

        byte[] ranking = Api.as("viewer").accept("text/csv").queryParam("indicator", "NTM_COMMUNES")
                .get("/api/v1/clusters/{code}/rankings/{period}", c[0], c[1]).then().statusCode(200)
                .extract().asByteArray();
        assertEquals("\uFEFFHạng,Mã tỉnh,Tỉnh,Số xã đạt chuẩn nông thôn mới (xã),Trạng thái báo cáo\r\n"
                + "1,40,Nghệ An,20,ACCEPTED\r\n2,38,Thanh Hóa,10,ACCEPTED\r\n", new String(ranking, StandardCharsets.UTF_8));

        String national = new String(Api.as("central").accept("text/csv").queryParam("period", c[1])
                .queryParam("indicator", "NTM_COMMUNES").get("/api/v1/statistics/indicators").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(national.startsWith("\uFEFFMã chỉ tiêu,"), national);
        assertTrue(national.endsWith("NTM_COMMUNES,Số xã đạt chuẩn nông thôn mới,xã,SUM,,Toàn quốc,30,2\r\n"), national);

        Api.as("viewer").get("/api/v1/clusters/{code}/summaries/{period}", c[0], c[1]).then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    /** Every indicator of the catalog has a line in a summary (admins may have added to the 15 seeded). */
    private static int catalogSize() {
        return Api.as("viewer").get("/api/v1/indicators").then().statusCode(200).extract().jsonPath().getInt("total");
    }
}
