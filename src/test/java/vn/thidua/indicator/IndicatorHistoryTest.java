package vn.thidua.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** History stays history: a past period's aggregates are computed with the catalog of that period, not today's. */
@QuarkusTest
class IndicatorHistoryTest {

    @Test
    void aPastSummaryAndRankingReadTheSameAfterTheIndicatorChanges() {
        String code = "HX_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        Map<String, Object> definition = new HashMap<>();
        definition.put("code", code);
        definition.put("nameVi", "Vốn đầu tư trực tiếp nước ngoài đăng ký");
        definition.put("unit", "triệu USD");
        definition.put("valueType", "DECIMAL");
        definition.put("aggregation", "SUM");
        definition.put("minValue", 0);
        definition.put("higherIsBetter", true);
        Api.as("admin").body(definition).post("/api/v1/indicators").then().statusCode(201);

        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "42", "MEMBER");
        Fixtures.acceptedReport(cluster, "38", year + "-H1", Fixtures.values(code, "120.5"));
        Fixtures.acceptedReport(cluster, "42", year + "-H1", Fixtures.values(code, "79.5"));
        String summary = "/api/v1/clusters/" + cluster + "/summaries/" + year + "-H1";
        String line = "indicators.find { it.indicatorCode == '" + code + "' }";
        String ranking = "/api/v1/clusters/" + cluster + "/rankings/" + year + "-H1";
        Api.as("viewer").get(summary).then().statusCode(200)
                .body(line + ".aggregation", equalTo("SUM")).body(line + ".value", equalTo(200))
                .body(line + ".unit", equalTo("triệu USD"));
        Api.as("viewer").queryParam("indicator", code).get(ranking).then().statusCode(200)
                .body("entries.provinceCode", contains("38", "42")).body("higherIsBetter", equalTo(true));

        // Today the catalog changes what the indicator is: averaged, in billion VND, lower is better, renamed.
        definition.put("aggregation", "AVERAGE");
        definition.put("unit", "tỷ đồng");
        definition.put("higherIsBetter", false);
        definition.put("nameVi", "Vốn FDI đăng ký (bình quân)");
        String etag = Api.as("admin").get("/api/v1/indicators/{code}", code).header("ETag");
        Api.as("admin").header("If-Match", etag).body(definition).put("/api/v1/indicators/{code}", code)
                .then().statusCode(200).body("aggregation", equalTo("AVERAGE"));

        // The past period reads as it did.
        Api.as("viewer").get(summary).then().statusCode(200)
                .body(line + ".aggregation", equalTo("SUM")).body(line + ".value", equalTo(200))
                .body(line + ".unit", equalTo("triệu USD"))
                .body(line + ".nameVi", equalTo("Vốn đầu tư trực tiếp nước ngoài đăng ký"));
        Api.as("viewer").queryParam("indicator", code).get(ranking).then().statusCode(200)
                .body("entries.provinceCode", contains("38", "42")).body("higherIsBetter", equalTo(true))
                .body("unit", equalTo("triệu USD"));
        Api.as("viewer").get("/api/v1/indicators/{code}", code).then().statusCode(200)
                .body("aggregation", equalTo("AVERAGE")).body("unit", equalTo("tỷ đồng"));
    }
}
