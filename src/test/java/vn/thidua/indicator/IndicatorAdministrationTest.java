package vn.thidua.indicator;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Problems;

/** Admins add and change indicators without a code change; members can report a new one at once. */
@QuarkusTest
class IndicatorAdministrationTest {

    private static String freshCode() {
        return "TEST_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private static Map<String, Object> indicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Vốn đầu tư trực tiếp nước ngoài đăng ký");
        body.put("unit", "triệu USD");
        body.put("valueType", "DECIMAL");
        body.put("aggregation", "SUM");
        body.put("minValue", 0);
        body.put("higherIsBetter", true);
        return body;
    }

    @Test
    void anAddedIndicatorCanBeReportedAndSummedAtOnce() {
        String code = freshCode();
        Api.as("admin").body(indicator(code)).post("/api/v1/indicators")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/indicators/" + code))
                .body("nameVi", equalTo("Vốn đầu tư trực tiếp nước ngoài đăng ký"))
                .body("aggregation", equalTo("SUM"));

        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "42", "MEMBER");
        Fixtures.acceptedReport(cluster, "38", year + "-H1", Fixtures.values(code, "120.5"));
        Fixtures.acceptedReport(cluster, "42", year + "-H1", Fixtures.values(code, "79.5"));
        Api.as("viewer").get("/api/v1/clusters/{code}/summaries/{period}", cluster, year + "-H1")
                .then().statusCode(200)
                .body("indicators.find { it.indicatorCode == '" + code + "' }.value", equalTo(200));
    }

    @Test
    void aChangedRangeAppliesToNewValues() {
        String code = freshCode();
        Api.as("admin").body(indicator(code)).post("/api/v1/indicators").then().statusCode(201);
        String etag = Api.as("admin").get("/api/v1/indicators/{code}", code).header("ETag");
        Map<String, Object> narrowed = indicator(code);
        narrowed.put("maxValue", 100);
        Api.as("admin").header("If-Match", etag).body(narrowed).put("/api/v1/indicators/{code}", code)
                .then().statusCode(200).body("maxValue", equalTo(100));

        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Api.asProvince("38").body(Map.of("clusterCode", cluster, "provinceCode", "38", "period", year + "-H1",
                        "values", Fixtures.values(code, "150")))
                .post("/api/v1/reports")
                .then().spec(Problems.problem(422, "invalid-input"))
                .body("errors[0].field", equalTo("values[0].value"));
    }

    @Test
    void theCodeOfAnIndicatorCannotChange() {
        String code = freshCode();
        Api.as("admin").body(indicator(code)).post("/api/v1/indicators").then().statusCode(201);
        String etag = Api.as("admin").get("/api/v1/indicators/{code}", code).header("ETag");
        Api.as("admin").header("If-Match", etag).body(indicator(freshCode())).put("/api/v1/indicators/{code}", code)
                .then().spec(Problems.problem(422, "invalid-input")).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aWeightedAverageNeedsItsWeight() {
        Map<String, Object> weighted = indicator(freshCode());
        weighted.put("aggregation", "WEIGHTED_AVERAGE");
        Api.as("admin").body(weighted).post("/api/v1/indicators")
                .then().spec(Problems.problem(422, "invalid-input"))
                .body("errors[0].field", equalTo("weightIndicatorCode"));
        weighted.put("weightIndicatorCode", "GRDP");
        Api.as("admin").body(weighted).post("/api/v1/indicators")
                .then().statusCode(201).body("weightIndicatorCode", equalTo("GRDP"));
    }

    @Test
    void aSecondIndicatorWithTheSameCodeConflicts() {
        Api.as("admin").body(indicator("BUDGET_REVENUE")).post("/api/v1/indicators")
                .then().spec(Problems.problem(409, "conflict"));
    }

    @Test
    void onlyAdminsMaintainTheCatalog() {
        Api.as("central").body(indicator(freshCode())).post("/api/v1/indicators")
                .then().spec(Problems.problem(403, "forbidden"));
        Api.asProvince("38").body(indicator(freshCode())).post("/api/v1/indicators")
                .then().spec(Problems.problem(403, "forbidden"));
    }
}
