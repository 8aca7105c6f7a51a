package vn.thidua.covenant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Parallel;

/** The covenant through HTTP: drafted by the head, signed by every member, then amended only, with its reasons. */
@QuarkusTest
class CovenantTest {

    /** One bloc year for the class: every test has a fresh cluster. */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    /** Thanh Hóa (38) heads, Nghệ An (40) and Hà Tĩnh (42) are members. */
    private static String cluster() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "42", "MEMBER");
        return cluster;
    }

    private static final List<Map<String, Object>> ITEMS = List.of(
            Map.of("text", "Phấn đấu thu ngân sách nhà nước trên địa bàn vượt dự toán được giao.",
                    "indicatorCode", "BUDGET_REVENUE", "targetValue", 60000),
            Map.of("text", "Phấn đấu toàn Cụm có ít nhất 1.300 xã đạt chuẩn nông thôn mới.",
                    "indicatorCode", "NTM_COMMUNES", "targetValue", 1300),
            Map.of("text", "Tổ chức tốt các phong trào thi đua; nhân rộng điển hình tiên tiến."));

    private static Map<String, Object> draft() {
        return Map.of("year", Year.VALUE, "title", "Giao ước thi đua năm " + Year.VALUE, "items", ITEMS);
    }

    private static Map<String, Object> signatory(String province, String name) {
        return Map.of("provinceCode", province, "name", name, "title", "Phó Chủ tịch Ủy ban nhân dân tỉnh");
    }

    private static Map<String, Object> signing(List<Map<String, Object>> signatories) {
        return Map.of("signedOn", Year.VALUE + "-03-29", "place", "Thành phố Thanh Hóa", "hostProvinceCode", "38",
                "signatories", signatories);
    }

    private static final List<Map<String, Object>> ALL_SIGN = List.of(signatory("38", "Lê Văn Hòa"),
            signatory("40", "Nguyễn Thị Mai"), signatory("42", "Trần Văn Sơn"));

    private static String etag(String cluster) {
        return Api.etagOf(Api.as("viewer").get("/api/v1/clusters/{code}/covenants/{year}", cluster, Year.VALUE)
                .then().statusCode(200).extract().response());
    }

    private static void create(String cluster) {
        Api.as("central").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster).then().statusCode(201);
    }

    @Test
    void theHeadDraftsTheCovenantAndEveryMemberSignsIt() {
        String cluster = cluster();
        Api.asProvince("40").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().statusCode(201)
                .header("Location", containsString("/covenants/" + Year.VALUE))
                .body("status", equalTo("DRAFT"))
                .body("items.indicatorCode", contains("BUDGET_REVENUE", "NTM_COMMUNES", null))
                .body("items[1].unit", equalTo("xã"))
                .body("allowedActions", contains("update", "sign"));

        String path = "/api/v1/clusters/{code}/covenants/{year}";
        Api.asProvince("38").header("If-Match", etag(cluster))
                .body(Map.of("title", "Giao ước thi đua năm " + Year.VALUE + " (dự thảo 2)", "items", ITEMS.subList(0, 2)))
                .put(path, cluster, Year.VALUE).then().statusCode(200).body("items.size()", equalTo(2));

        Api.asProvince("38").header("If-Match", etag(cluster)).body(signing(ALL_SIGN.subList(0, 2)))
                .post(path + "/sign", cluster, Year.VALUE)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("signatories"))
                .body("detail", containsString("Hà Tĩnh"));
        Api.asProvince("38").header("If-Match", etag(cluster))
                .body(signing(List.of(signatory("38", "Lê Văn Hòa"), signatory("40", "Nguyễn Thị Mai"),
                        signatory("42", "Trần Văn Sơn"), signatory("22", "Phạm Văn Nam"))))
                .post(path + "/sign", cluster, Year.VALUE)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("signatories[3].provinceCode"));
        Api.asProvince("38").header("If-Match", etag(cluster)).body(signing(ALL_SIGN))
                .post(path + "/sign", cluster, Year.VALUE)
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signing.signedOn", equalTo(Year.VALUE + "-03-29"))
                .body("signing.hostProvince.code", equalTo("38"))
                .body("signing.signatories.province.code", contains("38", "40", "42"))
                .body("allowedActions", contains("amend"));

        Api.asProvince("38").header("If-Match", etag(cluster)).body(Map.of("title", "Đổi", "items", ITEMS))
                .put(path, cluster, Year.VALUE)
                .then().spec(problem(409, "conflict")).body("allowedActions", contains("amend"));
        Api.as("central").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().spec(problem(409, "conflict")).body("errors.field", contains("year"));
    }

    @Test
    void aSignedCovenantIsAmendedWithAReasonAndItsSignedRevisionStays() {
        String cluster = cluster();
        create(cluster);
        String path = "/api/v1/clusters/{code}/covenants/{year}";
        Api.as("central").header("If-Match", etag(cluster)).body(Map.of("reason", "Sớm", "items", ITEMS))
                .post(path + "/amend", cluster, Year.VALUE).then().spec(problem(409, "conflict"));
        Api.as("central").header("If-Match", etag(cluster)).body(signing(ALL_SIGN))
                .post(path + "/sign", cluster, Year.VALUE).then().statusCode(200);

        List<Map<String, Object>> amended = List.of(ITEMS.get(0), Map.of("text", "Phấn đấu toàn Cụm có ít nhất 1.350 xã "
                + "đạt chuẩn nông thôn mới.", "indicatorCode", "NTM_COMMUNES", "targetValue", 1350));
        Api.invalidAs("central").header("If-Match", etag(cluster)).body(Map.of("items", amended))
                .post(path + "/amend", cluster, Year.VALUE)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("reason"));
        Api.asProvince("38").header("If-Match", etag(cluster))
                .body(Map.of("reason", "Trung ương giao bổ sung kế hoạch xây dựng nông thôn mới.", "items", amended))
                .post(path + "/amend", cluster, Year.VALUE)
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("items[1].targetValue", equalTo(1350))
                .body("signing.signatories.size()", equalTo(3));

        Api.as("viewer").queryParam("revision", 0).get(path, cluster, Year.VALUE)
                .then().statusCode(200).body("revision", equalTo(0)).body("currentRevision", equalTo(1))
                .body("items[1].targetValue", equalTo(1300));
        Api.as("viewer").queryParam("revision", 2).get(path, cluster, Year.VALUE).then().spec(problem(404, "not-found"));
        Api.as("viewer").get(path + "/history", cluster, Year.VALUE)
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "SIGN", "AMEND"))
                .body("items[2].note", equalTo("Trung ương giao bổ sung kế hoạch xây dựng nông thôn mới."));
        Api.as("central").queryParam("entity", "covenant").queryParam("entityId", cluster + "/" + Year.VALUE)
                .get("/api/v1/audit-events")
                .then().statusCode(200).body("items.action", contains("amend", "sign", "create")); // newest first
    }

    @Test
    void aTargetMustFitItsIndicator() {
        String cluster = cluster();
        Map<String, Object> body = Map.of("year", Year.VALUE, "title", "Giao ước", "items", List.of(
                Map.of("text", "Giảm tỷ lệ hộ nghèo.", "indicatorCode", "POVERTY_RATE", "targetValue", 120)));
        Api.as("central").body(body).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("items[0].targetValue"));
        Map<String, Object> noIndicator = Map.of("year", Year.VALUE, "title", "Giao ước", "items", List.of(
                Map.of("text", "Tăng số xã nông thôn mới.", "targetValue", 12)));
        Api.as("central").body(noIndicator).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("items[0].targetValue"));
        Map<String, Object> unknown = Map.of("year", Year.VALUE, "title", "Giao ước", "items", List.of(
                Map.of("text", "Hạnh phúc.", "indicatorCode", "HAPPINESS", "targetValue", 12)));
        Api.as("central").body(unknown).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("items[0].indicatorCode"));
    }

    @Test
    void oneCovenantPerClusterAndYearAlsoWhenTwoArriveAtTheSameMoment() throws Exception {
        String cluster = cluster();
        List<Response> answers = Parallel.sortedByStatus(
                () -> Api.as("central").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster),
                () -> Api.asProvince("38").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster),
                () -> Api.as("central").body(draft()).post("/api/v1/clusters/{code}/covenants", cluster));
        answers.get(0).then().statusCode(201);
        answers.get(1).then().spec(problem(409, "conflict"));
        answers.get(2).then().spec(problem(409, "conflict"));
        Api.as("viewer").get("/api/v1/clusters/{code}/covenants", cluster).then().statusCode(200).body("total", equalTo(1));
    }
}
