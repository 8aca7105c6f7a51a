package vn.thidua.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** What operators see: the workflow's metrics move with the work, and each request's log line carries its trace. */
@QuarkusTest
class ObservabilityTest {

    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";

    /** The value of one Prometheus sample (name and labels exactly as exposed; an exemplar may follow), 0 when absent. */
    private static double sample(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)( # .*)?$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void committedChangesAndAuthorizationRefusalsAreCounted() {
        String created = "thidua_changes_total{action=\"create\",entity=\"cluster\"}";
        String unauthorized = "thidua_authorization_rejected_total{status=\"401\"}";
        String forbidden = "thidua_authorization_rejected_total{status=\"403\"}";
        double createdBefore = sample(created);
        double unauthorizedBefore = sample(unauthorized);
        double forbiddenBefore = sample(forbidden);

        Fixtures.cluster("BLOC");
        Api.anonymous().get("/api/v1/clusters").then().statusCode(401);
        Api.as("viewer").body(Map.of("code", "OBS-X", "name", "Cụm thử", "kind", "BLOC")).post("/api/v1/clusters")
                .then().statusCode(403);

        assertEquals(createdBefore + 1, sample(created), created);
        assertEquals(unauthorizedBefore + 1, sample(unauthorized), unauthorized);
        assertEquals(forbiddenBefore + 1, sample(forbidden), forbidden);
    }

    @Test
    void replaysRecommendationStatesAndSubmissionsAreCounted() {
        String replays = "thidua_idempotent_replays_total";
        String drafts = "thidua_award_recommendations{status=\"DRAFT\"}";
        String submittedState = "thidua_award_recommendations{status=\"SUBMITTED\"}";
        String submissions = "thidua_changes_total{action=\"submit\",entity=\"award-recommendation\"}";
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "42", "MEMBER");
        Map<String, Object> body = Fixtures.recommendation(cluster, year, "42", "Lê Thị Mai", "42");
        double replaysBefore = sample(replays);
        double draftsBefore = sample(drafts);
        double submittedBefore = sample(submittedState);
        double submissionsBefore = sample(submissions);

        String key = UUID.randomUUID().toString();
        long id = Api.asProvince("42").header("Idempotency-Key", key).body(body).post(RECOMMENDATIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asProvince("42").header("Idempotency-Key", key).body(body).post(RECOMMENDATIONS)
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(replaysBefore + 1, sample(replays), replays);
        assertEquals(draftsBefore + 1, sample(drafts), drafts);

        String etag = Api.etagOf(Api.as("viewer").get(RECOMMENDATIONS + "/{id}", id).then().statusCode(200).extract().response());
        Api.asProvince("42").header("If-Match", etag).body(Map.of()).post(RECOMMENDATIONS + "/{id}/submit", id)
                .then().statusCode(200);
        assertEquals(submissionsBefore + 1, sample(submissions), submissions);
        assertEquals(draftsBefore, sample(drafts), drafts);
        assertEquals(submittedBefore + 1, sample(submittedState), submittedState);
    }

    @Test
    void eachRequestIsLoggedOnceWithTheCallersTraceRequestIdSubjectAndRoleButNoToken() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyAll();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(RequestLog.class.getName());
        logger.addHandler(capture);
        try {
            String traceId = UUID.randomUUID().toString().replace("-", "");
            String requestId = "obs-" + UUID.randomUUID();
            String token = Api.token("viewer", "38");
            Api.withToken(token).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .header("X-Request-Id", requestId).get("/api/v1/clusters?size=5").then().statusCode(200);

            List<ExtLogRecord> mine = records.stream().filter(r -> requestId.equals(r.getMdc("requestId"))).toList();
            assertEquals(1, mine.size(), "one log line for the request");
            ExtLogRecord line = mine.get(0);
            assertEquals(traceId, line.getMdc("traceId"), "the caller's trace continues");
            assertNotNull(line.getMdc("spanId"));
            assertEquals("test-viewer@thidua.dev.local", line.getMdc("subject"));
            assertEquals("viewer", line.getMdc("role"));
            String message = line.getFormattedMessage();
            assertTrue(message.matches("GET /api/v1/clusters 200 \\d+ ms"), message);
            assertFalse(message.contains(token) || message.contains("size=5"), "no token, no query string");
        } finally {
            logger.removeHandler(capture);
        }
    }
}
