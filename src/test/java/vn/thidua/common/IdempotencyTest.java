package vn.thidua.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Problems;

@QuarkusTest
class IdempotencyTest {

    private static Map<String, Object> cluster(String code) {
        return Map.of("code", code, "name", "Cụm thi đua các tỉnh Tây Nguyên", "kind", "PROVINCES");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstResultWithoutCreatingAgain() {
        String code = Api.freshClusterCode("IK");
        String key = UUID.randomUUID().toString();
        var first = Api.as("admin").header("Idempotency-Key", key).body(cluster(code)).post("/api/v1/clusters")
                .then().statusCode(201).extract().response();
        Api.as("admin").header("Idempotency-Key", key).body(cluster(code)).post("/api/v1/clusters")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("code", equalTo(code))
                .body("name", equalTo("Cụm thi đua các tỉnh Tây Nguyên"));
        // Without the key, the same body is a new creation: a duplicate code.
        Api.as("admin").body(cluster(code)).post("/api/v1/clusters").then().spec(Problems.problem(409, "conflict"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        Api.as("admin").header("Idempotency-Key", key).body(cluster(Api.freshClusterCode("IK")))
                .post("/api/v1/clusters").then().statusCode(201);
        String other = Api.freshClusterCode("IK");
        Api.as("admin").header("Idempotency-Key", key).body(cluster(other)).post("/api/v1/clusters")
                .then().spec(Problems.problem(422, "invalid-input"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Api.as("viewer").get("/api/v1/clusters/{code}", other).then().statusCode(404);
    }

    @Test
    void aFailedCreationFreesTheKeyForACorrectedRetry() {
        String key = UUID.randomUUID().toString();
        String code = Api.freshClusterCode("IK");
        Api.invalidAs("admin").header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", " ", "kind", "PROVINCES")).post("/api/v1/clusters")
                .then().statusCode(422);
        Api.as("admin").header("Idempotency-Key", key).body(cluster(code)).post("/api/v1/clusters")
                .then().statusCode(201).body("code", equalTo(code));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        Api.as("admin").header("Idempotency-Key", key).body(cluster(Api.freshClusterCode("IK")))
                .post("/api/v1/clusters").then().statusCode(201);
        String mine = Api.freshClusterCode("IK");
        Api.as("central").header("Idempotency-Key", key).body(cluster(mine)).post("/api/v1/clusters")
                .then().statusCode(201).body("code", equalTo(mine));
    }

    /** The probe: provinces' tokens that share a subject and differ in their province claim. */
    @Test
    void anotherProvincesOfficerWithTheSameKeyAndBodyGetsItsOwnAnswer() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> model = Map.of("name", "Mô hình thử " + key, "kind", "PERSON", "provinceCode", "22",
                "fromYear", 2023, "achievements", "Điển hình.");
        String location = Api.asProvince("22").header("Idempotency-Key", key).body(model).post("/api/v1/exemplary-models")
                .then().statusCode(201).extract().header("Location");
        Api.asProvince("40").header("Idempotency-Key", key).body(model).post("/api/v1/exemplary-models")
                .then().spec(Problems.problem(403, "forbidden"))
                .header("Idempotent-Replayed", nullValue());
        // Another body from another province: its own creation, not a 422 about a key it never used.
        Map<String, Object> own = Map.of("name", "Mô hình thử Nghệ An " + key, "kind", "PERSON", "provinceCode", "40",
                "fromYear", 2023, "achievements", "Điển hình.");
        String mine = Api.asProvince("40").header("Idempotency-Key", key).body(own).post("/api/v1/exemplary-models")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).body("province.code", equalTo("40"))
                .extract().header("Location");
        assertNotEquals(location, mine);
        Api.asProvince("22").header("Idempotency-Key", key).body(model).post("/api/v1/exemplary-models")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", location);
    }

    @Test
    void aKeyIsScopedByItsOperation() {
        String key = UUID.randomUUID().toString();
        Api.as("admin").header("Idempotency-Key", key).body(cluster(Api.freshClusterCode("IK")))
                .post("/api/v1/clusters").then().statusCode(201);
        String movement = "IK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.as("admin").header("Idempotency-Key", key)
                .body(Map.of("code", movement, "name", "Phong trào thi đua kiểm tra khóa", "startYear", 2024))
                .post("/api/v1/movements").then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("code", equalTo(movement));
    }

    /** Rights change: a replay gives back only what its caller may still read. */
    @Test
    void aReplayOfWhatTheCallerMayNoLongerReadIsItsReadsAnswer() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> model = Map.of("name", "Mô hình thử xóa " + key, "kind", "PERSON", "provinceCode", "40",
                "fromYear", 2023, "achievements", "Điển hình.");
        var created = Api.asProvince("40").header("Idempotency-Key", key).body(model).post("/api/v1/exemplary-models")
                .then().statusCode(201).extract().response();
        Api.as("central").header("If-Match", created.header("ETag")).delete(created.header("Location")).then().statusCode(204);
        Api.asProvince("40").header("Idempotency-Key", key).body(model).post("/api/v1/exemplary-models")
                .then().spec(Problems.problem(404, "not-found")).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void simultaneousRetriesCreateOnce() throws Exception {
        String code = Api.freshClusterCode("IK");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return Api.as("admin").header("Idempotency-Key", key).body(cluster(code)).post("/api/v1/clusters")
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        // Each retry either replays the creation (201) or is told the first is still running (409); never two creations.
        assertEquals(true, statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(true, statuses.contains(201), statuses.toString());
        Api.as("viewer").queryParam("size", 100).get("/api/v1/clusters").then().statusCode(200)
                .body("items.findAll { it.code == '" + code + "' }.size()", equalTo(1));
    }

    @Test
    void aKeyWithSpacesIsABadRequest() {
        Api.invalidAs("admin").header("Idempotency-Key", "two words").body(cluster(Api.freshClusterCode("IK")))
                .post("/api/v1/clusters")
                .then().spec(Problems.problem(400, "bad-request"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
