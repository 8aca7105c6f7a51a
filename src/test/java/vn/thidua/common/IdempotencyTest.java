package vn.thidua.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
