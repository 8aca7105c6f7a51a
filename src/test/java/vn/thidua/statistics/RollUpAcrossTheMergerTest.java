package vn.thidua.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * Past years in today's map: values reported by the units of a period, regrouped by the database into the units
 * valid on {@code asOf}. Each test reports, in a year of its own, as the Red River Delta's units did before the
 * 2025 merger: Ninh Bình (37), Nam Định (36) and Hà Nam (35) are today's Ninh Bình (37); Hưng Yên (33) and
 * Thái Bình (34) today's Hưng Yên (33).
 */
@QuarkusTest
class RollUpAcrossTheMergerTest {

    private static final String SERIES = "/api/v1/provinces/{code}/indicators";
    private static final String NATIONAL = "/api/v1/statistics/indicators";

    /** A fresh cluster of provinces and year with these pre-2025 members, each with an accepted H1 report of these values. */
    private static int reportedYear(Map<String, List<Map<String, Object>>> valuesByProvince) {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        valuesByProvince.keySet().forEach(code -> Fixtures.member(cluster, year, code, "MEMBER"));
        valuesByProvince.forEach((code, values) -> {
            long id = Api.as("central").body(Map.of("clusterCode", cluster, "provinceCode", code, "period", year + "-H1",
                    "values", values)).post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
            Fixtures.act(id, "submit");
            Fixtures.act(id, "accept");
        });
        return year;
    }

    @Test
    void todaysNinhBinhsBudgetRevenueIsTheSumOfItsThreeUnitsOfThatPeriod() {
        int year = reportedYear(Map.of(
                "35", Fixtures.values("BUDGET_REVENUE", "8200"),
                "36", Fixtures.values("BUDGET_REVENUE", "5600"),
                "37", Fixtures.values("BUDGET_REVENUE", "12600")));
        JsonPath series = Api.asProvince("37").queryParam("from", year).queryParam("to", year)
                .queryParam("indicator", "BUDGET_REVENUE").get(SERIES, "37").then().statusCode(200)
                .body("provinceName", equalTo("Ninh Bình"))
                .body("values", hasSize(1)).extract().jsonPath();
        assertEquals(year + "-H1", series.getString("values[0].period"));
        assertEquals(0, new BigDecimal("26400").compareTo(series.getObject("values[0].value", BigDecimal.class)));
        assertEquals(List.of("35", "36", "37"), series.getList("values[0].madeOf.provinceCode"));
        assertTrue(series.getBoolean("values[0].complete"));
        assertEquals(3, series.getInt("values[0].reportCount"));
    }

    @Test
    void todaysHungYensGrowthIsReweightedFromItsUnitsValuesAndWeights() {
        int year = reportedYear(Map.of(
                "33", Fixtures.values("GRDP", "72000", "GRDP_GROWTH", "8.3"),
                "34", Fixtures.values("GRDP", "65000", "GRDP_GROWTH", "8.0")));
        BigDecimal expected = new BigDecimal("8.3").multiply(new BigDecimal("72000"))
                .add(new BigDecimal("8.0").multiply(new BigDecimal("65000")))
                .divide(new BigDecimal("137000"), 4, RoundingMode.HALF_EVEN);
        JsonPath series = Api.as("viewer").queryParam("from", year).queryParam("to", year)
                .queryParam("indicator", "GRDP_GROWTH").queryParam("indicator", "GRDP").get(SERIES, "33")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("GRDP", "GRDP_GROWTH"), series.getList("values.indicatorCode"));
        assertEquals(0, new BigDecimal("137000").compareTo(series.getObject("values[0].value", BigDecimal.class)));
        assertEquals("WEIGHTED_AVERAGE", series.getString("values[1].aggregation"));
        assertEquals(0, expected.compareTo(series.getObject("values[1].value", BigDecimal.class)),
                "(8.3 × 72000 + 8.0 × 65000) / 137000, not the plain average 8.15");
    }

    @Test
    void aListIndicatorIsNeverCombinedAndAMissingUnitIsFlagged() {
        int year = reportedYear(Map.of(
                "36", Fixtures.values("PCI", "65.8", "BUDGET_REVENUE", "5600"),
                "37", Fixtures.values("PCI", "68.4", "BUDGET_REVENUE", "12600")));
        Api.as("viewer").queryParam("from", year).queryParam("to", year).get(SERIES, "37").then().statusCode(200)
                .body("values.find { it.indicatorCode == 'PCI' }.aggregation", equalTo("LIST"))
                .body("values.find { it.indicatorCode == 'PCI' }.value", nullValue())
                .body("values.find { it.indicatorCode == 'PCI' }.madeOf.value", contains(null, 65.8f, 68.4f))
                // Hà Nam (35) reported nothing: the sum covers two of three units, and says so.
                .body("values.find { it.indicatorCode == 'BUDGET_REVENUE' }.value", equalTo(18200))
                .body("values.find { it.indicatorCode == 'BUDGET_REVENUE' }.complete", equalTo(false))
                .body("values.find { it.indicatorCode == 'BUDGET_REVENUE' }.madeOf.provinceCode", contains("35", "36", "37"))
                .body("values.find { it.indicatorCode == 'BUDGET_REVENUE' }.madeOf[0].value", nullValue());
    }

    @Test
    void theNationalViewAsOfADayUsesThatDaysUnits() {
        int year = reportedYear(Map.of(
                "35", Fixtures.values("BUDGET_REVENUE", "8200"),
                "36", Fixtures.values("BUDGET_REVENUE", "5600"),
                "37", Fixtures.values("BUDGET_REVENUE", "12600")));
        String period = year + "-H1";
        Api.as("central").queryParam("period", period).queryParam("indicator", "BUDGET_REVENUE")
                .queryParam("asOf", "2023-07-26").get(NATIONAL).then().statusCode(200)
                .body("asOf", equalTo("2023-07-26"))
                .body("rows.scope", contains("NATIONAL"))
                .body("units.findAll { it.reportCount > 0 }.provinceCode", contains("35", "36", "37"))
                .body("units.find { it.provinceCode == '36' }.provinceName", equalTo("Nam Định"));
        Api.as("central").queryParam("period", period).queryParam("indicator", "BUDGET_REVENUE")
                .queryParam("asOf", "2026-12-01").get(NATIONAL).then().statusCode(200)
                .body("units.provinceCode", contains("37"))
                .body("units[0].value", equalTo(26400))
                .body("units[0].madeOf.provinceCode", contains("35", "36", "37"));
    }

    @Test
    void awardStatisticsAsOfCountPredecessorsUnderTodaysUnit() {
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        for (String code : List.of("33", "35", "36")) {
            Fixtures.member(cluster, year, code, "MEMBER");
        }
        for (String code : List.of("35", "36")) {
            Api.as("central").body(Map.of("clusterCode", cluster, "year", year, "awardTypeCode", "PM_CERTIFICATE_OF_MERIT",
                    "kind", "MERIT", "nomineeKind", "INDIVIDUAL", "nomineeName", "Nguyễn Văn " + code,
                    "nomineeProvinceCode", code, "proposingProvinceCode", code,
                    "achievements", "Hoàn thành xuất sắc nhiệm vụ.")).post("/api/v1/award-recommendations").then().statusCode(201);
        }
        Api.as("viewer").queryParam("cluster", cluster).queryParam("groupBy", "province").get("/api/v1/statistics/awards")
                .then().statusCode(200).body("rows.province", contains("35", "36"));
        Api.as("viewer").queryParam("cluster", cluster).queryParam("groupBy", "province").queryParam("asOf", "2026-12-01")
                .get("/api/v1/statistics/awards").then().statusCode(200)
                .body("rows.province", contains("37")).body("rows.provinceName", contains("Ninh Bình"))
                .body("rows.count", contains(2));
        Api.invalidAs("viewer").queryParam("asOf", "2026-12-01").get("/api/v1/statistics/awards").then()
                .spec(problem(400, "bad-request"));
    }

    @Test
    void aSeriesNeedsAUnitValidOnItsDayAndABoundedRange() {
        Api.as("viewer").get(SERIES, "36").then().spec(problem(404, "not-found"));
        Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("from", 2023).queryParam("to", 2023)
                .get(SERIES, "36").then().statusCode(200).body("provinceName", equalTo("Nam Định"));
        Api.invalidAs("viewer").queryParam("from", 2026).queryParam("to", 2021).get(SERIES, "37").then()
                .spec(problem(400, "bad-request"));
    }
}
