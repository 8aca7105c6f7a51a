package vn.thidua.membership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * Two portals writing at the same moment: the database, not luck in timing, decides who wins, and
 * the loser is told why. Several rounds make it likely that the requests really overlap.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int ROUNDS = 5;

    @Test
    void twoHeadsNamedAtTheSameMomentLeaveExactlyOneHead() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String cluster = Fixtures.cluster("PROVINCES");
            int year = Api.freshYear();
            List<Response> answers = sortedByStatus(inParallel(
                    () -> Api.as("admin").body(Map.of("year", year, "provinceCode", "38", "role", "HEAD"))
                            .post("/api/v1/clusters/{code}/members", cluster),
                    () -> Api.as("central").body(Map.of("year", year, "provinceCode", "42", "role", "HEAD"))
                            .post("/api/v1/clusters/{code}/members", cluster)));

            answers.get(0).then().statusCode(201).body("role", equalTo("HEAD"));
            answers.get(1).then().spec(problem(409, "conflict")).body("errors.field", contains("role"));
            Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", cluster)
                    .then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.province.code", contains(answers.get(0).jsonPath().getString("province.code")));
        }
    }

    @Test
    void oneProvinceAddedToTwoClustersOfProvincesAtTheSameMomentJoinsOnlyOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String first = Fixtures.cluster("PROVINCES");
            String second = Fixtures.cluster("PROVINCES");
            int year = Api.freshYear();
            List<Response> answers = sortedByStatus(inParallel(
                    () -> Api.as("admin").body(Map.of("year", year, "provinceCode", "22", "role", "MEMBER"))
                            .post("/api/v1/clusters/{code}/members", first),
                    () -> Api.as("admin").body(Map.of("year", year, "provinceCode", "22", "role", "MEMBER"))
                            .post("/api/v1/clusters/{code}/members", second)));

            answers.get(0).then().statusCode(201);
            answers.get(1).then().spec(problem(409, "conflict")).body("errors.field", contains("provinceCode"));
            long members = Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", first)
                    .then().extract().jsonPath().getLong("total")
                    + Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", second)
                    .then().extract().jsonPath().getLong("total");
            assertEquals(1, members);
        }
    }

    @Test
    void twoReplacementsWithTheSameIfMatchLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String cluster = Fixtures.cluster("PROVINCES");
            String etag = Fixtures.clusterEtag(cluster);
            List<Response> answers = sortedByStatus(inParallel(
                    () -> Api.as("admin").header("If-Match", etag)
                            .body(Map.of("name", "Cụm thi đua Đồng bằng sông Hồng", "kind", "PROVINCES"))
                            .put("/api/v1/clusters/{code}", cluster),
                    () -> Api.as("central").header("If-Match", etag)
                            .body(Map.of("name", "Cụm thi đua Bắc Trung Bộ", "kind", "PROVINCES"))
                            .put("/api/v1/clusters/{code}", cluster)));

            answers.get(0).then().statusCode(200).header("ETag", equalTo("\"1\""));
            answers.get(1).then().spec(problem(412, "stale-version"));
            Api.as("viewer").get("/api/v1/clusters/{code}", cluster)
                    .then().header("ETag", equalTo("\"1\""))
                    .body("name", equalTo(answers.get(0).jsonPath().getString("name")));
        }
    }

    @Test
    void twoRoleChangesWithTheSameIfMatchLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String cluster = Fixtures.cluster("PROVINCES");
            long id = Fixtures.member(cluster, Api.freshYear(), "40", "MEMBER");
            List<Response> answers = sortedByStatus(inParallel(
                    () -> Api.as("admin").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                            .body("{\"role\": \"DEPUTY\"}")
                            .patch("/api/v1/clusters/{code}/members/{id}", cluster, id),
                    () -> Api.as("central").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                            .body("{\"role\": \"HEAD\"}")
                            .patch("/api/v1/clusters/{code}/members/{id}", cluster, id)));

            answers.get(0).then().statusCode(200);
            answers.get(1).then().spec(problem(412, "stale-version"));
            Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id)
                    .then().header("ETag", equalTo("\"1\""))
                    .body("role", equalTo(answers.get(0).jsonPath().getString("role")));
        }
    }

    /** Runs the requests on their own threads, released together once all are ready. */
    @SafeVarargs
    private static List<Response> inParallel(Callable<Response>... requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch ready = new CountDownLatch(requests.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Response> sortedByStatus(List<Response> answers) {
        List<Response> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparingInt(Response::statusCode));
        return sorted;
    }
}
