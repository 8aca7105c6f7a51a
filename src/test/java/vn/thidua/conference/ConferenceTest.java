package vn.thidua.conference;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.ScoringFixtures;
import vn.thidua.support.Parallel;

/** Conferences through HTTP: recorded by the head of the year or central staff, read by all, in the feed and the trail. */
@QuarkusTest
class ConferenceTest {

    /** One bloc year for the class: every test has a fresh cluster. */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    private static final String CONFERENCES = "/api/v1/clusters/{code}/conferences";
    private static final String CONFERENCE = CONFERENCES + "/{id}";

    /** Thanh Hóa (38) heads, Nghệ An (40) and Hà Tĩnh (42) are members. */
    private static String cluster() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "42", "MEMBER");
        return cluster;
    }

    private static long model(String name) {
        return Api.as("central").body(Map.of("name", name + " " + UUID.randomUUID(), "kind", "COLLECTIVE",
                        "provinceCode", "40", "movementCode", "NONG-THON-MOI", "fromYear", Year.VALUE,
                        "achievements", "Tập thể tiêu biểu trong xây dựng nông thôn mới."))
                .post("/api/v1/exemplary-models").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> midYear(long model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", Year.VALUE);
        body.put("kind", "MID_YEAR_REVIEW");
        body.put("title", "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm " + Year.VALUE);
        body.put("startsOn", Year.VALUE + "-07-25");
        body.put("endsOn", Year.VALUE + "-07-26");
        body.put("place", "Thành phố Vinh, tỉnh Nghệ An");
        body.put("hostProvinceCode", "40");
        body.put("delegations", List.of(
                Map.of("provinceCode", "38", "headName", "Lê Văn Hòa", "headTitle", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
                Map.of("provinceCode", "42", "headTitle", "Đại diện Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh")));
        body.put("agenda", new ArrayList<>(List.of(
                Map.of("kind", "FIELD_VISIT", "title", "Thăm mô hình nông thôn mới kiểu mẫu", "heldOn", Year.VALUE + "-07-25",
                        "provinceCode", "40", "exemplaryModelIds", List.of(model)),
                Map.of("kind", "PRESENTATION", "title", "Tham luận về công tác thi đua", "heldOn", Year.VALUE + "-07-26",
                        "provinceCode", "42", "speakerTitle", "Phó Giám đốc Sở Nội vụ tỉnh Hà Tĩnh"))));
        body.put("centralRepresentatives", List.of(Map.of("title", "Lãnh đạo Ban Thi đua - Khen thưởng Trung ương")));
        body.put("tasks", List.of("Thực hiện tốt giao ước thi đua 6 tháng cuối năm."));
        return body;
    }

    private static long create(String cluster, Map<String, Object> body) {
        return Api.as("central").body(body).post(CONFERENCES, cluster).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String etag(String cluster, long id) {
        return Api.etagOf(Api.as("viewer").get(CONFERENCE, cluster, id).then().statusCode(200).extract().response());
    }

    @Test
    void theHeadRecordsAConferenceThatEveryoneReads() {
        String cluster = cluster();
        long model = model("Hợp tác xã Đồng Tâm");
        Api.asProvince("40").body(midYear(model)).post(CONFERENCES, cluster).then().spec(problem(403, "forbidden"));
        Api.as("viewer").body(midYear(model)).post(CONFERENCES, cluster).then().spec(problem(403, "forbidden"));
        long id = Api.asProvince("38").body(midYear(model)).post(CONFERENCES, cluster)
                .then().statusCode(201)
                .header("Location", containsString("/conferences/"))
                .body("kind", equalTo("MID_YEAR_REVIEW"))
                .body("hostProvince.code", equalTo("40"))
                .body("delegations.province.code", contains("38", "42"))
                .body("delegations.headName", contains("Lê Văn Hòa", null))
                .body("agenda.kind", contains("FIELD_VISIT", "PRESENTATION"))
                .body("agenda[0].exemplaryModels.id", contains((int) model))
                .body("agenda[1].speakerName", nullValue())
                .body("centralRepresentatives.title", contains("Lãnh đạo Ban Thi đua - Khen thưởng Trung ương"))
                .body("outcomes.tasks", contains("Thực hiện tốt giao ước thi đua 6 tháng cuối năm."))
                .extract().jsonPath().getLong("id");
        // Read by everyone: another cluster's officer (Lạng Sơn, 20) too.
        Api.asProvince("20").get(CONFERENCE, cluster, id).then().statusCode(200).body("id", equalTo((int) id));
        Api.as("viewer").get("/api/v1/exemplary-models/{id}", model)
                .then().statusCode(200)
                .body("appearances.conferenceId", contains((int) id))
                .body("appearances[0].as", equalTo("FIELD_VISIT"))
                .body("appearances[0].on", equalTo(Year.VALUE + "-07-25"));
        Api.as("central").queryParam("entity", "conference").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200).body("items.action", contains("create"));
    }

    @Test
    void invalidPartsAre422NamingTheField() {
        String cluster = cluster();
        long model = model("Tổ hợp tác Thử nghiệm");
        Map<String, Object> body = midYear(model);
        body.put("hostProvinceCode", "20");
        expect422(cluster, body, "hostProvinceCode");

        body = midYear(model);
        body.put("delegations", List.of(Map.of("provinceCode", "38", "headTitle", "Phó Chủ tịch"),
                Map.of("provinceCode", "14", "headTitle", "Phó Chủ tịch")));
        expect422(cluster, body, "delegations[1].provinceCode");
        body.put("delegations", List.of(Map.of("provinceCode", "38", "headTitle", "Phó Chủ tịch"),
                Map.of("provinceCode", "38", "headTitle", "Giám đốc Sở Nội vụ")));
        expect422(cluster, body, "delegations[1].provinceCode");

        body = midYear(model);
        body.put("agenda", List.of(Map.of("kind", "PRESENTATION", "title", "Tham luận", "provinceCode", "42")));
        expect422(cluster, body, "agenda[0].speakerTitle");
        body.put("agenda", List.of(Map.of("kind", "REPORT", "title", "Báo cáo sơ kết", "heldOn", Year.VALUE + "-08-01")));
        expect422(cluster, body, "agenda[0].heldOn");
        body.put("agenda", List.of(Map.of("kind", "REPORT", "title", "Báo cáo sơ kết", "exemplaryModelIds", List.of(model))));
        expect422(cluster, body, "agenda[0].exemplaryModelIds");
        body.put("agenda", List.of(Map.of("kind", "EXCHANGE", "title", "Giao lưu", "exemplaryModelIds", List.of(987654321))));
        expect422(cluster, body, "agenda[0].exemplaryModelIds[0]");

        body = midYear(model);
        body.put("endsOn", Year.VALUE + "-07-20");
        expect422(cluster, body, "endsOn");
        body = midYear(model);
        body.put("startsOn", (Year.VALUE + 2) + "-01-10");
        body.put("endsOn", (Year.VALUE + 2) + "-01-10");
        expect422(cluster, body, "startsOn");

        // A draft report is no report reviewed (and another province's draft does not exist for the caller).
        Fixtures.member(cluster, Year.VALUE, "20", "MEMBER");
        long draft = Api.asProvince("20").body(Map.of("clusterCode", cluster, "provinceCode", "20",
                        "period", Year.VALUE + "-H1", "values", Fixtures.values("BUDGET_REVENUE", "8200")))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        body = midYear(model);
        body.put("reportIds", List.of(draft));
        expect422(cluster, body, "reportIds[0]");
        Fixtures.act(draft, "submit");
        Api.as("central").body(body).post(CONFERENCES, cluster).then().statusCode(201)
                .body("outcomes.reportsReviewed.id", contains((int) draft))
                .body("outcomes.reportsReviewed[0].period", equalTo(Year.VALUE + "-H1"));

        body = midYear(model);
        body.remove("title");
        Api.invalidAs("central").body(body).post(CONFERENCES, cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("title"));
    }

    private static void expect422(String cluster, Map<String, Object> body, String field) {
        Api.as("central").body(body).post(CONFERENCES, cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains(field));
    }

    @Test
    void oneMidYearReviewPerClusterAndYearAlsoWhenTwoArriveAtTheSameMoment() throws Exception {
        String cluster = cluster();
        long model = model("Hộ gia đình Thử nghiệm");
        List<Response> answers = Parallel.sortedByStatus(
                () -> Api.as("central").body(midYear(model)).post(CONFERENCES, cluster),
                () -> Api.asProvince("38").body(midYear(model)).post(CONFERENCES, cluster),
                () -> Api.as("central").body(midYear(model)).post(CONFERENCES, cluster));
        answers.get(0).then().statusCode(201);
        answers.get(1).then().spec(problem(409, "conflict")).body("errors.field", contains("kind"));
        answers.get(2).then().spec(problem(409, "conflict"));
        // OTHER conferences are as many as held.
        Map<String, Object> other = midYear(model);
        other.put("kind", "OTHER");
        create(cluster, other);
        create(cluster, other);
        Api.as("viewer").get(CONFERENCES, cluster).then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void listsArePagedLatestFirstAndFilteredByYearAndKind() {
        String cluster = cluster();
        long model = model("Thôn Thử nghiệm");
        Map<String, Object> covenantSigning = midYear(model);
        covenantSigning.put("kind", "COVENANT_SIGNING");
        covenantSigning.put("startsOn", Year.VALUE + "-03-10");
        covenantSigning.put("endsOn", Year.VALUE + "-03-10");
        covenantSigning.put("agenda", List.of());
        Map<String, Object> yearEnd = midYear(model);
        yearEnd.put("kind", "YEAR_END_REVIEW");
        yearEnd.put("startsOn", (Year.VALUE + 1) + "-01-20");
        yearEnd.put("endsOn", (Year.VALUE + 1) + "-01-20");
        yearEnd.put("agenda", List.of());
        long first = create(cluster, covenantSigning);
        long second = create(cluster, midYear(model));
        long third = create(cluster, yearEnd);
        Api.as("viewer").queryParam("size", 2).get(CONFERENCES, cluster)
                .then().statusCode(200).body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.id", contains((int) third, (int) second));
        Api.as("viewer").queryParam("size", 2).queryParam("page", 1).get(CONFERENCES, cluster)
                .then().statusCode(200).body("items.id", contains((int) first));
        Api.as("viewer").queryParam("kind", "YEAR_END_REVIEW").queryParam("year", Year.VALUE).get(CONFERENCES, cluster)
                .then().statusCode(200).body("items.id", contains((int) third));
        Api.as("viewer").queryParam("year", Year.VALUE + 1).get(CONFERENCES, cluster)
                .then().statusCode(200).body("total", equalTo(0));
        Api.invalidAs("viewer").queryParam("size", 101).get(CONFERENCES, cluster).then().spec(problem(400, "bad-request"));
    }

    @Test
    void aConferenceIsReplacedWithItsETagAndDeleted() {
        String cluster = cluster();
        long model = model("Trang trại Thử nghiệm");
        long id = create(cluster, midYear(model));
        Map<String, Object> replaced = midYear(model);
        replaced.put("tasks", List.of("Tổng kết năm.", "Chấm điểm thi đua."));
        replaced.put("agenda", List.of());
        Api.invalidAs("central").body(replaced).put(CONFERENCE, cluster, id).then().spec(problem(428, "if-match-required"));
        Api.as("central").header("If-Match", "\"99\"").body(replaced).put(CONFERENCE, cluster, id)
                .then().spec(problem(412, "stale-version"));
        Api.asProvince("42").header("If-Match", etag(cluster, id)).body(replaced).put(CONFERENCE, cluster, id)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").header("If-Match", etag(cluster, id)).body(replaced).put(CONFERENCE, cluster, id)
                .then().statusCode(200)
                .body("outcomes.tasks", contains("Tổng kết năm.", "Chấm điểm thi đua."))
                .body("agenda.size()", equalTo(0))
                .body("delegations.province.code", contains("38", "42"));
        Api.as("viewer").get("/api/v1/exemplary-models/{id}", model).then().statusCode(200).body("appearances.size()", equalTo(0));

        String other = cluster();
        Api.as("viewer").get(CONFERENCE, other, id).then().spec(problem(404, "not-found"));
        Api.as("viewer").get(CONFERENCE, cluster, 987654321L).then().spec(problem(404, "not-found"));
        Api.asProvince("40").header("If-Match", etag(cluster, id)).delete(CONFERENCE, cluster, id)
                .then().spec(problem(403, "forbidden"));
        Api.as("central").header("If-Match", etag(cluster, id)).delete(CONFERENCE, cluster, id).then().statusCode(204);
        Api.as("viewer").get(CONFERENCE, cluster, id).then().spec(problem(404, "not-found"));
        Api.as("central").queryParam("entity", "conference").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200).body("items.action", contains("delete", "update", "create"));
    }

    @Test
    void theHeadAddsAConferencesDocumentsEveryoneReadsThemAndTheConferenceKeepsThem() {
        String cluster = cluster();
        long id = create(cluster, midYear(model("Hợp tác xã Biên bản")));
        String documents = CONFERENCE + "/documents";
        // As large as any document may be (1 MiB in tests), beyond a JSON body's 256 KiB.
        byte[] minutes = java.util.Arrays.copyOf(Fixtures.pdf("Biên bản Hội nghị sơ kết 6 tháng"), 600 * 1024);
        java.util.function.Function<io.restassured.specification.RequestSpecification, io.restassured.specification.RequestSpecification>
                upload = as -> as.contentType("application/octet-stream").body(minutes).queryParam("kind", "VOTE_MINUTES")
                .queryParam("title", "Biên bản Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm")
                .queryParam("fileName", "Biên bản hội nghị sơ kết - Vinh.pdf");
        upload.apply(Api.asProvince("40")).post(documents, cluster, id).then().spec(problem(403, "forbidden"));
        upload.apply(Api.as("viewer")).post(documents, cluster, id).then().spec(problem(403, "forbidden"));
        upload.apply(Api.asProvince("38")).post(documents, cluster(), id).then().spec(problem(404, "not-found"));
        String cursor = feedEnd();

        long document = upload.apply(Api.asProvince("38")).post(documents, cluster, id).then().statusCode(201)
                .body("ownerKind", equalTo("conference"))
                .body("ownerHref", equalTo("/api/v1/clusters/" + cluster + "/conferences/" + id))
                .body("current.fileName", equalTo("Biên bản hội nghị sơ kết - Vinh.pdf"))
                .body("current.sizeBytes", equalTo(minutes.length))
                .extract().jsonPath().getLong("id");
        Api.asProvince("14").get(documents, cluster, id).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) document));
        org.junit.jupiter.api.Assertions.assertArrayEquals(minutes, Api.asProvince("14")
                .get("/api/v1/documents/{id}/content", document).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("conference document RECORDED 40"),
                feedOf(Api.asProvince("14").queryParam("after", cursor).queryParam("limit", 1000), cluster));

        Api.as("central").header("If-Match", etag(cluster, id)).delete(CONFERENCE, cluster, id)
                .then().spec(problem(409, "conflict")).body("detail", containsString("1 document"));
        String documentEtag = Api.etagOf(Api.as("viewer").get("/api/v1/documents/{id}", document).then().statusCode(200)
                .extract().response());
        Api.asProvince("40").header("If-Match", documentEtag).delete("/api/v1/documents/{id}", document)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").header("If-Match", documentEtag).delete("/api/v1/documents/{id}", document).then().statusCode(204);
        Api.as("central").header("If-Match", etag(cluster, id)).delete(CONFERENCE, cluster, id).then().statusCode(204);
        Api.as("viewer").get(documents, cluster, id).then().spec(problem(404, "not-found"));
    }

    @Test
    void aRetriedCreationWithItsKeyRecordsOnce() {
        String cluster = cluster();
        long model = model("Xã Thử nghiệm");
        String key = UUID.randomUUID().toString();
        long id = Api.as("central").header("Idempotency-Key", key).body(midYear(model)).post(CONFERENCES, cluster)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("central").header("Idempotency-Key", key).body(midYear(model)).post(CONFERENCES, cluster)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        Api.as("viewer").get(CONFERENCES, cluster).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theClustersYearIsInTheChangeFeed() {
        String cluster = cluster();
        long model = model("Bản Thử nghiệm");
        String cursor = feedEnd();
        long id = create(cluster, midYear(model));
        Map<String, Object> replaced = midYear(model);
        replaced.put("tasks", List.of("Tổng kết năm."));
        Api.as("central").header("If-Match", etag(cluster, id)).body(replaced).put(CONFERENCE, cluster, id).then().statusCode(200);
        Api.as("central").header("If-Match", etag(cluster, id)).delete(CONFERENCE, cluster, id).then().statusCode(204);
        Api.as("central").body(Map.of("year", Year.VALUE, "title", "Giao ước thi đua", "items",
                List.of(Map.of("text", "Tổ chức tốt các phong trào thi đua.")))).post("/api/v1/clusters/{code}/covenants", cluster)
                .then().statusCode(201);
        String covenant = "/api/v1/clusters/" + cluster + "/covenants/" + Year.VALUE;
        Api.as("central").header("If-Match", Api.etagOf(Api.as("viewer").get(covenant).then().extract().response()))
                .body(Map.of("signedOn", Year.VALUE + "-03-20", "place", "Thành phố Thanh Hóa", "hostProvinceCode", "38",
                        "signatories", List.of(
                                Map.of("provinceCode", "38", "name", "Lê Văn Hòa", "title", "Phó Chủ tịch"),
                                Map.of("provinceCode", "40", "name", "Nguyễn Thị Mai", "title", "Phó Chủ tịch"),
                                Map.of("provinceCode", "42", "name", "Trần Văn Sơn", "title", "Phó Chủ tịch"))))
                .post(covenant + "/sign").then().statusCode(200);
        Api.as("central").body(Map.of("year", Year.VALUE + 1, "heldOn", (Year.VALUE + 1) + "-01-20", "membersPresent", 3,
                        "head", Map.of("provinceCode", "40", "votes", 3), "deputies", List.of()))
                .post("/api/v1/clusters/{code}/elections", cluster).then().statusCode(201);
        ScoringFixtures.createScheme(cluster, Year.VALUE);
        String scheme = "/api/v1/clusters/" + cluster + "/scoring-schemes/" + Year.VALUE;
        Map<String, Object> rewritten = ScoringFixtures.scheme(Year.VALUE);
        rewritten.remove("year");
        rewritten.put("title", "Bảng chấm điểm thi đua Cụm năm " + Year.VALUE + " (sửa đổi)");
        Api.as("central").header("If-Match", Api.etagOf(Api.as("viewer").get(scheme).then().extract().response()))
                .body(rewritten).put(scheme).then().statusCode(200);
        // A draft freezes nothing: the card's submission freezes the scheme.
        ScoringFixtures.act(ScoringFixtures.scorecard(cluster, "42", Year.VALUE,
                ScoringFixtures.lines("I.1", "10", "I.2", "9", "II.1", "19")), "submit");
        long other = model("Hợp tác xã Thử nghiệm");
        Map<String, Object> renamed = new LinkedHashMap<>(Map.of("name", "Hợp tác xã Đổi tên " + UUID.randomUUID(),
                "kind", "COLLECTIVE", "provinceCode", "42", "movementCode", "NONG-THON-MOI", "fromYear", Year.VALUE,
                "achievements", "Tập thể tiêu biểu trong xây dựng nông thôn mới."));
        String modelPath = "/api/v1/exemplary-models/" + other;
        Api.as("central").header("If-Match", Api.etagOf(Api.as("viewer").get(modelPath).then().extract().response()))
                .body(renamed).put(modelPath).then().statusCode(200);
        Api.as("central").header("If-Match", Api.etagOf(Api.as("viewer").get(modelPath).then().extract().response()))
                .delete(modelPath).then().statusCode(204);

        List<String> expected = List.of("conference create RECORDED 40", "conference update RECORDED 40",
                "conference delete DELETED 40", "covenant create DRAFT null", "covenant sign SIGNED null",
                "election create ELECTED null", "scoring-scheme create OPEN null", "scoring-scheme update OPEN null",
                "scoring-scheme freeze FROZEN null");
        List<String> expectedModel = List.of("exemplary-model create RECORDED 40", "exemplary-model update RECORDED 42",
                "exemplary-model delete DELETED 42");
        // The submitted card's own event is the scorecards' business, not the cluster's year.
        List<String> seen = await().atMost(Duration.ofSeconds(10)).until(
                () -> feedOf(Api.asProvince("14").queryParam("after", cursor).queryParam("limit", 1000), cluster).stream()
                        .filter(change -> !change.startsWith("scorecard ")).toList(),
                hasSize(greaterThanOrEqualTo(expected.size())));
        assertEquals(expected, seen, "the cluster's year in the feed, as another cluster's officer reads it");
        JsonPath page = Api.as("central").queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        List<Map<String, Object>> modelEvents = Api.asProvince("14").queryParam("after", cursor).queryParam("limit", 1000)
                .get("/api/v1/changes").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")
                .stream().filter(i -> "exemplary-model".equals(i.get("entity")) && ((Number) i.get("id")).longValue() == other)
                .toList();
        assertEquals(expectedModel, modelEvents.stream()
                .map(i -> i.get("entity") + " " + i.get("action") + " " + i.get("status") + " " + i.get("provinceCode"))
                .toList(), "an exemplary model's life in the feed");
        assertTrue(modelEvents.stream().allMatch(i -> !i.containsKey("clusterCode") && modelPath.equals(i.get("href"))),
                "an exemplary model is no cluster's, and href reads it");
        assertTrue(items.stream().anyMatch(i -> scheme.equals(i.get("href"))));
        assertTrue(items.stream().anyMatch(i -> ("/api/v1/clusters/" + cluster + "/covenants/" + Year.VALUE).equals(i.get("href"))));
        assertTrue(items.stream().anyMatch(i -> ("/api/v1/clusters/" + cluster + "/conferences/" + id).equals(i.get("href"))));
    }

    private static List<String> feedOf(io.restassured.specification.RequestSpecification request, String cluster) {
        List<Map<String, Object>> items = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> cluster.equals(i.get("clusterCode")))
                .map(i -> i.get("entity") + " " + i.get("action") + " " + i.get("status") + " " + i.get("provinceCode"))
                .toList();
    }

    private static String feedEnd() {
        String cursor = null;
        while (true) {
            var request = Api.as("central").queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }
}
