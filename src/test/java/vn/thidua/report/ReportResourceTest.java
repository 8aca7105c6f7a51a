package vn.thidua.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class ReportResourceTest {

    /** A fresh cluster and year: Thanh Hóa (38) heads it, Nghệ An (40) and Hà Tĩnh (42) are members. */
    private record Setup(String cluster, int year) {
        String h1() {
            return year + "-H1";
        }
    }

    private static Setup setup() {
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "40", "DEPUTY");
        Fixtures.member(cluster, year, "42", "MEMBER");
        return new Setup(cluster, year);
    }

    private static Map<String, Object> body(Setup s, String province, String period, List<Map<String, Object>> values) {
        return Map.of("clusterCode", s.cluster(), "provinceCode", province, "period", period, "values", values);
    }

    private static String etag(long id) {
        return Api.etagOf(Api.as("central").get("/api/v1/reports/{id}", id).then().statusCode(200).extract().response());
    }

    @Test
    void aProvinceOfficerStartsADraftOfTheirProvince() {
        Setup s = setup();
        Response created = Api.asProvince("40")
                .body(Map.of("clusterCode", s.cluster(), "provinceCode", "40", "period", s.h1(),
                        "values", Fixtures.values("NTM_COMMUNES", "83", "BUDGET_REVENUE", "8200.5", "POVERTY_RATE", "1.52"),
                        "movementResults", "Phong trào “Cả nước chung sức xây dựng nông thôn mới” được triển khai sâu rộng."))
                .post("/api/v1/reports");
        created.then().statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", containsString("/api/v1/reports/"))
                .body("status", equalTo("DRAFT"))
                .body("clusterCode", equalTo(s.cluster()))
                .body("province.name", equalTo("Nghệ An"))
                .body("period", equalTo(s.h1()))
                .body("values.indicatorCode", contains("BUDGET_REVENUE", "NTM_COMMUNES", "POVERTY_RATE"))
                .body("values[0].value", equalTo(8200.5f))
                .body("values[0].unit", equalTo("tỷ đồng"))
                .body("values[1].value", equalTo(83))
                .body("movementResults", equalTo("Phong trào “Cả nước chung sức xây dựng nông thôn mới” được triển khai sâu rộng."))
                .body("allowedActions", contains("update", "submit"));
        long id = created.jsonPath().getLong("id");
        Api.as("viewer").get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo((int) id)).body("values", org.hamcrest.Matchers.hasSize(3));
        Api.as("viewer").get("/api/v1/reports/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATE"))
                .body("items[0].actorRole", equalTo("province"))
                .body("items[0].actorProvinceCode", equalTo("40"))
                .body("items[0].statusAfter", equalTo("DRAFT"));
    }

    @Test
    void aSecondReportForTheSameMemberAndPeriodConflicts() {
        Setup s = setup();
        Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        Api.asProvince("40").body(body(s, "40", s.h1(), List.of())).post("/api/v1/reports")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:conflict"))
                .body("detail", containsString("already has a report"));
        // The whole year is another period.
        Api.asProvince("40").body(body(s, "40", s.year() + "-FY", List.of())).post("/api/v1/reports")
                .then().statusCode(201).body("period", equalTo(s.year() + "-FY"));
    }

    @Test
    void twoParallelCreationsOfTheSameReportGiveOneCreatedAndOneConflict() throws Exception {
        Setup s = setup();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> create = () -> {
            start.await();
            return Api.asProvince("42").body(body(s, "42", s.h1(), Fixtures.values("NTM_COMMUNES", "226")))
                    .post("/api/v1/reports").then().extract().statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(create);
            Future<Integer> second = pool.submit(create);
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)));
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("period", s.h1()).get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aProvinceThatIsNotAMemberThatYearCannotReport() {
        Setup s = setup();
        Api.as("central").body(body(s, "20", s.h1(), List.of())).post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors.field", contains("provinceCode"))
                .body("detail", containsString("Tỉnh Lạng Sơn (20) is not a member"));
    }

    @Test
    void anUnknownIndicatorIsRefusedNamingTheValue() {
        Setup s = setup();
        Api.asProvince("40").body(body(s, "40", s.h1(),
                        Fixtures.values("BUDGET_REVENUE", "8200", "NTM_COMMUNES", "83", "HAPPINESS_INDEX", "9")))
                .post("/api/v1/reports")
                .then().statusCode(422)
                .body("type", equalTo("urn:thidua:problem:invalid-input"))
                .body("errors.field", contains("values[2].indicatorCode"))
                .body("errors[0].message", containsString("HAPPINESS_INDEX"));
    }

    @Test
    void aDecimalForACountIsRefused() {
        Setup s = setup();
        Api.asProvince("40").body(body(s, "40", s.h1(), Fixtures.values("NTM_COMMUNES", "83.5")))
                .post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors.field", contains("values[0].value"))
                .body("errors[0].message", containsString("whole number"));
        // 83.0 is a whole number.
        Api.asProvince("40").body(body(s, "40", s.h1(), Fixtures.values("NTM_COMMUNES", "83.0")))
                .post("/api/v1/reports").then().statusCode(201).body("values[0].value", equalTo(83));
    }

    @Test
    void negativeMoneyAndOutOfRangePercentagesAreRefused() {
        Setup s = setup();
        Api.asProvince("40").body(body(s, "40", s.h1(), Fixtures.values("BUDGET_REVENUE", "-1", "POVERTY_RATE", "100.5",
                        "GRDP_GROWTH", "-7.2", "PUBLIC_INVESTMENT_DISBURSED", "101", "NTM_DISTRICTS", "-2")))
                .post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors.field", contains("values[0].value", "values[1].value", "values[3].value", "values[4].value"))
                .body("errors[0].message", containsString("must not be negative"))
                .body("errors[1].message", containsString("between 0 and 100"));
        Api.asProvince("40").body(body(s, "40", s.h1(), Fixtures.values("GRDP_GROWTH", "-100.5")))
                .post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values[0].value"))
                .body("errors[0].message", containsString("between -100 and 100"));
    }

    @Test
    void aValueIsRequiredAndAnIndicatorGivenOnce() {
        Setup s = setup();
        Api.invalidAs("central").body(Map.of("clusterCode", s.cluster(), "provinceCode", "40", "period", s.h1(),
                        "values", List.of(Map.of("indicatorCode", "PCI"))))
                .post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors.field", contains("values[0].value"));
        Api.asProvince("40").body(body(s, "40", s.h1(), Fixtures.values("PCI", "65", "PCI", "66")))
                .post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors.field", contains("values[1].indicatorCode"))
                .body("errors[0].message", containsString("more than once"));
    }

    @Test
    void aPeriodThatHasNotStartedCannotBeReported() {
        Setup s = setup();
        int next = Year.now().getValue() + 1;
        Api.as("central").body(body(s, "40", next + "-H1", List.of())).post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors.field", contains("period"))
                .body("detail", containsString("has not started"));
        Api.invalidAs("central").body(body(s, "40", s.year() + "-Q3", List.of())).post("/api/v1/reports")
                .then().statusCode(422).body("errors.field", contains("period"));
    }

    @Test
    void anOfficerWritesOnlyTheirOwnProvincesReports() {
        Setup s = setup();
        Api.asProvince("42").body(body(s, "40", s.h1(), List.of())).post("/api/v1/reports")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:forbidden"));
        long id = Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        // Returned for correction: editable by its province, and visible to the others since it was submitted.
        Fixtures.act(id, "submit");
        Fixtures.act(id, "return");
        Api.asProvince("42").header("If-Match", etag(id)).body(Map.of("values", List.of()))
                .put("/api/v1/reports/{id}", id)
                .then().statusCode(403).body("detail", containsString("Tỉnh Nghệ An (40)"));
        Api.asProvince("42").header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/reports/{id}/submit", id)
                .then().statusCode(403);
        Api.as("viewer").get("/api/v1/reports/{id}", id).then().statusCode(200).body("status", equalTo("RETURNED"));
    }

    @Test
    void viewersAndAdminsOnlyRead() {
        Setup s = setup();
        Api.as("viewer").body(body(s, "40", s.h1(), List.of())).post("/api/v1/reports")
                .then().statusCode(403).body("type", equalTo("urn:thidua:problem:forbidden"));
        long id = Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        Api.as("admin").header("If-Match", etag(id)).body(Map.of("values", List.of()))
                .put("/api/v1/reports/{id}", id).then().statusCode(403);
        Api.as("viewer").header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/reports/{id}/submit", id).then().statusCode(403);
        Api.as("viewer").get("/api/v1/reports/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void anotherProvincesDraftIsHiddenUntilSubmitted() {
        Setup s = setup();
        long id = Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        Api.asProvince("42").get("/api/v1/reports/{id}", id).then().spec(vn.thidua.support.Problems.problem(404, "not-found"));
        Api.asProvince("42").queryParam("cluster", s.cluster()).get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(0));
        Api.asProvince("40").queryParam("cluster", s.cluster()).get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(1));
        Fixtures.act(id, "submit");
        Api.asProvince("42").get("/api/v1/reports/{id}", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSubmittedOrAcceptedReportCannotBeEditedAndTheProblemNamesTheAllowedActions() {
        Setup s = setup();
        long id = Fixtures.report(s.cluster(), "40", s.h1(), Fixtures.values("BUDGET_REVENUE", "8200"));
        Fixtures.act(id, "submit");
        Api.asProvince("40").header("If-Match", etag(id)).body(Map.of("values", Fixtures.values("BUDGET_REVENUE", "9000")))
                .put("/api/v1/reports/{id}", id)
                .then().statusCode(409)
                .body("type", equalTo("urn:thidua:problem:conflict"))
                .body("allowedActions", contains("accept", "return"))
                .body("detail", containsString("SUBMITTED"));
        Fixtures.act(id, "accept");
        Api.as("central").header("If-Match", etag(id)).body(Map.of("values", List.of()))
                .put("/api/v1/reports/{id}", id)
                .then().statusCode(409)
                .body("allowedActions", nullValue())
                .body("detail", containsString("No action is possible"));
        Api.as("viewer").get("/api/v1/reports/{id}", id).then()
                .body("values[0].value", equalTo(8200)).body("allowedActions", empty());
    }

    @Test
    void anIllegalTransitionConflictsAndNamesTheAllowedActions() {
        Setup s = setup();
        long id = Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        Api.as("central").header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/reports/{id}/accept", id)
                .then().statusCode(409)
                .body("allowedActions", contains("update", "submit"))
                .body("detail", containsString("DRAFT"));
        Fixtures.act(id, "submit");
        Api.asProvince("40").header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/reports/{id}/submit", id)
                .then().statusCode(409)
                .body("allowedActions", contains("accept", "return"));
    }

    @Test
    void aReturnedReportKeepsItsReasonUntilSubmittedAgain() {
        Setup s = setup();
        long id = Fixtures.report(s.cluster(), "40", s.h1(), Fixtures.values("BUDGET_REVENUE", "8200"));
        Fixtures.act(id, "submit");
        Api.asProvince("38").header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/reports/{id}/return", id)
                .then().statusCode(422).body("errors.field", contains("note"));
        String reason = "Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm.";
        Api.asProvince("38").header("If-Match", etag(id)).body(Map.of("note", reason))
                .post("/api/v1/reports/{id}/return", id)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo(reason))
                .body("allowedActions", contains("update", "submit"));
        Api.asProvince("40").header("If-Match", etag(id))
                .body(Map.of("values", Fixtures.values("BUDGET_REVENUE", "8250", "TOTAL_SOCIAL_INVESTMENT", "18000")))
                .put("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo(reason))
                .body("values.value", contains(8250, 18000));
        Api.asProvince("40").header("If-Match", etag(id)).body(Map.of("note", "Đã bổ sung."))
                .post("/api/v1/reports/{id}/submit", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("returnReason", nullValue());
        Api.as("viewer").get("/api/v1/reports/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT"))
                .body("items[2].note", equalTo(reason))
                .body("items[2].actorProvinceCode", equalTo("38"))
                .body("items[4].note", equalTo("Đã bổ sung."));
    }

    @Test
    void onlyTheHeadProvinceOrCentralAcceptsOrReturns() {
        Setup s = setup();
        long id = Fixtures.report(s.cluster(), "42", s.h1(), List.of());
        Fixtures.act(id, "submit");
        // Hà Nam is a deputy, not the head.
        Api.asProvince("40").header("If-Match", etag(id)).body(Map.of()).post("/api/v1/reports/{id}/accept", id)
                .then().statusCode(403).body("detail", containsString("head of cluster"));
        Api.asProvince("42").header("If-Match", etag(id)).body(Map.of("note", "Tự trả lại"))
                .post("/api/v1/reports/{id}/return", id).then().statusCode(403);
        Api.asProvince("38").header("If-Match", etag(id)).body(Map.of("note", "Tiếp nhận báo cáo."))
                .post("/api/v1/reports/{id}/accept", id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("ACCEPTED"))
                .body("allowedActions", empty());
        Api.as("viewer").get("/api/v1/reports/{id}/history", id).then()
                .body("items.action", contains("CREATE", "SUBMIT", "ACCEPT"))
                .body("items[2].actorProvinceCode", equalTo("38"));
    }

    @Test
    void writesNeedTheCurrentETag() {
        Setup s = setup();
        long id = Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        String old = etag(id);
        Api.asProvince("40").header("If-Match", old).body(Map.of("values", Fixtures.values("PCI", "65.2")))
                .put("/api/v1/reports/{id}", id).then().statusCode(200).header("ETag", not(equalTo(old)));
        Api.asProvince("40").header("If-Match", old).body(Map.of()).post("/api/v1/reports/{id}/submit", id)
                .then().statusCode(412).body("type", equalTo("urn:thidua:problem:stale-version"));
        Api.invalidAs("central").body(Map.of()).post("/api/v1/reports/{id}/submit", id)
                .then().statusCode(428);
    }

    @Test
    void theListFiltersByClusterProvincePeriodAndStatus() {
        Setup s = setup();
        long hanam = Fixtures.report(s.cluster(), "40", s.h1(), List.of());
        Fixtures.report(s.cluster(), "42", s.h1(), List.of());
        Fixtures.report(s.cluster(), "40", s.year() + "-FY", List.of());
        Fixtures.act(hanam, "submit");
        Api.as("viewer").queryParam("cluster", s.cluster()).get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.period", contains(s.year() + "-FY", s.h1(), s.h1()))
                .body("items.province.code", contains("40", "40", "42"));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("period", s.h1()).queryParam("status", "SUBMITTED")
                .get("/api/v1/reports")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo((int) hanam));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("province", "42").get("/api/v1/reports")
                .then().body("total", equalTo(1)).body("items[0].province.name", equalTo("Hà Tĩnh"));
        Api.invalidAs("viewer").queryParam("period", "2023-H3").get("/api/v1/reports")
                .then().statusCode(400).body("errors.field", contains("period"));
    }

    @Test
    void theIndicatorCatalogSaysHowValuesAreCheckedAndCombined() {
        Api.as("viewer").queryParam("size", 100).get("/api/v1/indicators").then().statusCode(200)
                // The 15 seeded by the migration, first in the catalog's order; admins may add more.
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(15))
                .body("items[0].code", equalTo("GRDP"))
                .body("items.code", hasItem("PAPI"))
                .body("items.find { it.code == 'POVERTY_RATE' }.higherIsBetter", equalTo(false))
                .body("items.find { it.code == 'GRDP_GROWTH' }.aggregation", equalTo("WEIGHTED_AVERAGE"))
                .body("items.find { it.code == 'GRDP_GROWTH' }.weightIndicatorCode", equalTo("GRDP"))
                .body("items.find { it.code == 'PCI' }.aggregation", equalTo("LIST"));
        Api.as("province").get("/api/v1/indicators/NTM_COMMUNES").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("nameVi", equalTo("Số xã đạt chuẩn nông thôn mới"))
                .body("valueType", equalTo("INTEGER"))
                .body("minValue", equalTo(0));
        Api.as("viewer").get("/api/v1/indicators/HAPPINESS").then().statusCode(404)
                .body("detail", endsWith("HAPPINESS."));
    }
}
