package vn.thidua.conference;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Exemplary models through HTTP: recorded by their province or central staff, searched without diacritics, paged. */
@QuarkusTest
class ExemplaryModelTest {

    private static final String MODELS = "/api/v1/exemplary-models";
    private static final String MODEL = MODELS + "/{id}";

    /** A word no other test's model names carry, in lowercase letters (so that a search finds only this test's). */
    private static String word() {
        StringBuilder word = new StringBuilder("mau");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static Map<String, Object> model(String name, String province, int fromYear, Integer toYear) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "COLLECTIVE");
        body.put("provinceCode", province);
        body.put("movementCode", "NONG-THON-MOI");
        body.put("fromYear", fromYear);
        if (toYear != null) {
            body.put("toYear", toYear);
        }
        body.put("achievements", "Tập thể tiêu biểu trong phong trào xây dựng nông thôn mới.");
        return body;
    }

    private static long create(Map<String, Object> body) {
        return Api.as("central").body(body).post(MODELS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(long id) {
        return Api.etagOf(Api.as("viewer").get(MODEL, id).then().statusCode(200).extract().response());
    }

    @Test
    void aProvinceRecordsItsOwnModelsOnly() {
        String word = word();
        Map<String, Object> body = model("Hợp tác xã Đồng Tâm " + word, "40", 2021, 2025);
        Api.asProvince("42").body(body).post(MODELS).then().spec(problem(403, "forbidden"))
                .body("detail", containsString("Nghệ An"));
        Api.as("viewer").body(body).post(MODELS).then().spec(problem(403, "forbidden"));
        Api.as("admin").body(body).post(MODELS).then().spec(problem(403, "forbidden"));
        long id = Api.asProvince("40").body(body).post(MODELS)
                .then().statusCode(201)
                .header("Location", containsString("/exemplary-models/"))
                .body("province.code", equalTo("40"))
                .body("provinceToday.code", equalTo("40"))
                .body("movement.code", equalTo("NONG-THON-MOI"))
                .body("appearances.size()", equalTo(0))
                .extract().jsonPath().getLong("id");
        // The same model again, written another way, is the same model.
        Api.as("central").body(model("HỢP TÁC XÃ ĐỒNG TÂM " + word.toUpperCase(), "40", 2022, null)).post(MODELS)
                .then().spec(problem(409, "conflict")).body("errors.field", contains("name"));
        Api.asProvince("42").header("If-Match", etag(id)).body(model("Hợp tác xã Đồng Tâm " + word, "42", 2021, 2025))
                .put(MODEL, id).then().spec(problem(403, "forbidden"));
        // Its own officers may not hand it to another province either.
        Api.asProvince("40").header("If-Match", etag(id)).body(model("Hợp tác xã Đồng Tâm " + word, "42", 2021, 2025))
                .put(MODEL, id).then().spec(problem(403, "forbidden"));
        Api.as("central").queryParam("entity", "exemplary-model").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events").then().statusCode(200).body("items.action", contains("create"));
    }

    @Test
    void invalidFieldsAre422NamingThem() {
        String word = word();
        Api.as("central").body(model("Hộ gia đình " + word, "40", 2023, 2021)).post(MODELS)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("toYear"));
        Map<String, Object> unknownMovement = model("Hộ gia đình " + word, "40", 2023, null);
        unknownMovement.put("movementCode", "KHONG-CO");
        Api.as("central").body(unknownMovement).post(MODELS)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("movementCode"));
        // Code 27 (Bắc Ninh before 2025) names no unit in 2026.
        Api.as("central").body(model("Hộ gia đình " + word, "27", 2026, null)).post(MODELS)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("provinceCode"));
        Map<String, Object> noName = model("x", "40", 2023, null);
        noName.remove("name");
        Api.invalidAs("central").body(noName).post(MODELS)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("name"));
        Api.as("viewer").get(MODEL, 987654321L).then().spec(problem(404, "not-found"));
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndFiltersPageInTheDatabase() {
        String word = word();
        long oldest = create(model("Thôn Đông Hòa " + word, "40", 2019, 2020));
        long middle = create(model("Xã Nghĩa Đồng " + word, "42", 2021, 2025));
        long newest = create(model("Hợp tác xã Nông nghiệp Đông Hòa " + word, "40", 2023, null));
        Api.as("viewer").queryParam("q", "dong hoa " + word).get(MODELS)
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", contains((int) newest, (int) oldest));
        Api.as("viewer").queryParam("q", "ĐÔNG HÒA " + word.toUpperCase()).get(MODELS)
                .then().statusCode(200).body("total", equalTo(2));
        Api.as("viewer").queryParam("q", word).queryParam("size", 2).get(MODELS)
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", contains((int) newest, (int) middle));
        Api.as("viewer").queryParam("q", word).queryParam("size", 2).queryParam("page", 1).get(MODELS)
                .then().statusCode(200).body("items.id", contains((int) oldest));
        Api.as("viewer").queryParam("q", word).queryParam("province", "42").get(MODELS)
                .then().statusCode(200).body("items.id", contains((int) middle));
        Api.as("viewer").queryParam("q", word).queryParam("year", 2024).get(MODELS)
                .then().statusCode(200).body("items.id", contains((int) newest, (int) middle));
        Api.as("viewer").queryParam("q", word).queryParam("movement", "VI-NGUOI-NGHEO").get(MODELS)
                .then().statusCode(200).body("total", equalTo(0));
        Api.invalidAs("viewer").queryParam("asOf", "2023-07-26").get(MODELS).then().spec(problem(400, "bad-request"));
        Api.invalidAs("viewer").queryParam("size", 101).get(MODELS).then().spec(problem(400, "bad-request"));
    }

    @Test
    void aModelOfAMergedUnitIsShownInTodaysMapAndFoundThroughItsSuccessor() {
        String word = word();
        long id = create(model("Hợp tác xã Hải Hậu " + word, "36", 2023, null));
        Api.as("viewer").get(MODEL, id).then().statusCode(200)
                .body("province.name", equalTo("Nam Định"))
                .body("provinceToday.code", equalTo("37"))
                .body("provinceToday.name", equalTo("Ninh Bình"));
        Api.as("viewer").queryParam("q", word).queryParam("province", "37").get(MODELS)
                .then().statusCode(200).body("items.id", contains((int) id));
        Api.as("viewer").queryParam("q", word).queryParam("province", "36").queryParam("asOf", "2023-07-26").get(MODELS)
                .then().statusCode(200).body("items.id", contains((int) id));
        Api.as("viewer").queryParam("q", word).queryParam("province", "36").get(MODELS)
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void aModelIsReplacedWithItsETagAndDeletedUnlessAConferenceMetIt() {
        String word = word();
        long id = create(model("Trang trại " + word, "40", 2021, null));
        Api.invalidAs("central").body(model("Trang trại " + word, "40", 2021, 2025)).put(MODEL, id)
                .then().spec(problem(428, "if-match-required"));
        Api.as("central").header("If-Match", "\"99\"").body(model("Trang trại " + word, "40", 2021, 2025)).put(MODEL, id)
                .then().spec(problem(412, "stale-version"));
        Api.asProvince("40").header("If-Match", etag(id)).body(model("Trang trại " + word, "40", 2021, 2025)).put(MODEL, id)
                .then().statusCode(200).body("toYear", equalTo(2025));

        String cluster = Fixtures.cluster("BLOC");
        int year = 2021;
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "40", "MEMBER");
        Api.as("central").body(Map.of("year", year, "kind", "OTHER", "title", "Hội nghị giao lưu điển hình tiên tiến",
                        "startsOn", year + "-10-10", "place", "Thành phố Vinh", "hostProvinceCode", "40",
                        "agenda", List.of(Map.of("kind", "EXCHANGE", "title", "Giao lưu", "exemplaryModelIds", List.of(id)))))
                .post("/api/v1/clusters/{code}/conferences", cluster).then().statusCode(201);
        Api.as("central").header("If-Match", etag(id)).delete(MODEL, id).then().spec(problem(409, "conflict"));
        long other = create(model("Trang trại khác " + word, "40", 2021, null));
        Api.asProvince("42").header("If-Match", etag(other)).delete(MODEL, other).then().spec(problem(403, "forbidden"));
        Api.asProvince("40").header("If-Match", etag(other)).delete(MODEL, other).then().statusCode(204);
        Api.as("viewer").get(MODEL, other).then().spec(problem(404, "not-found"));
    }
}
