package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.security.AuthorizationMatrixTest.Caller;
import vn.thidua.security.AuthorizationMatrixTest.Request;
import vn.thidua.security.AuthorizationMatrixTest.Row;

/**
 * An Idempotency-Key belongs to the caller who sent it. For every operation that reads the header (the list is
 * checked against the served contract), a caller who may create does so with a key; then:
 * <ul>
 * <li>its own retry with the key and body is a replay of the first answer;</li>
 * <li>each other caller of the authorization matrix (central staff, the owning province, another member, the head)
 * sending the same key and body gets its own answer, exactly what it gets with a key of its own: the matrix's
 * refusal, or its own creation (or the conflict a duplicate meets), never the first caller's resource;</li>
 * <li>the same key with another body of the other caller's own is that caller's request, never a 422 about a key
 * it never used;</li>
 * <li>a seeded fuzz of keyed requests by three callers over two keys and their bodies finds a replay only for the
 * caller who made the creation, with the same body, and a 422 only for a caller reusing its own key.</li>
 * </ul>
 * All provinces' test tokens carry the same subject ({@code test-province}) and differ only in their province
 * claim, as the probe found real portals' tokens may: the key's scope must tell them apart.
 */
@QuarkusTest
class IdempotencyAcrossCallersTest {

    /** The operations that read Idempotency-Key, as the contract lists them ({@link #theListIsTheContracts()}). */
    static final List<String> KEYED = List.of("addIndicator", "addMembership", "createAwardRecommendation",
            "createAwardType", "createCluster", "createConference", "createCovenant", "createExemplaryModel",
            "createMovement", "createProvince", "createReport", "createScorecard", "createScoringScheme", "recordElection",
            "uploadAwardRecommendationDocument", "uploadConferenceDocument", "uploadReportDocument");

    /** Who creates first, the first of these the matrix lets create. */
    private static final List<Caller> CREATORS = List.of(Caller.PROVINCE_OWN, Caller.PROVINCE_HEAD, Caller.ADMIN, Caller.CENTRAL);
    /** The others who try the same key: central staff and the provinces of the row's cluster, as the matrix names them. */
    private static final List<Caller> OTHERS = List.of(Caller.CENTRAL, Caller.ADMIN, Caller.PROVINCE_OWN, Caller.PROVINCE_OTHER,
            Caller.PROVINCE_HEAD, Caller.PROVINCE);
    private static final String REPLAYED = "Idempotent-Replayed";

    static Stream<String> keyed() {
        return KEYED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyed")
    void aKeyReplaysOnlyToItsOwnCaller(String operationId) {
        Map<Caller, Integer> statuses = matrix(operationId);
        Caller creator = CREATORS.stream().filter(c -> statuses.getOrDefault(c, 0) == 201).findFirst()
                .orElseThrow(() -> new AssertionError("nobody may " + operationId));
        String key = UUID.randomUUID().toString();
        Request first = AuthorizationMatrixTest.prepare(operationId, creator);
        Response created = send(first, creator, key);
        assertEquals(201, created.statusCode(), () -> operationId + " by " + creator + ": " + created.asString());
        String location = created.header("Location");
        // A second key of the creator's, for the others' own bodies (a caller that created with the first key
        // has made that key its own).
        String secondKey = UUID.randomUUID().toString();
        Request second = AuthorizationMatrixTest.prepare(operationId, creator);
        assertEquals(201, send(second, creator, secondKey).statusCode(), operationId + " by " + creator);

        assertReplay(operationId, first, creator, key, created);

        for (Caller other : OTHERS) {
            if (other == creator || !statuses.containsKey(other) || other.province != null && other.province.equals(creator.province)) {
                continue;
            }
            int allowed = statuses.get(other);
            // The same key and body: the other caller's own answer, the one a key of its own gets.
            Response sameBody = send(first, other, key);
            String what = operationId + " by " + other + " with " + creator + "'s key";
            assertNull(sameBody.header(REPLAYED), () -> what + " was answered with " + creator + "'s creation: " + sameBody.asString());
            assertNotEquals(422, sameBody.statusCode(), () -> what + ": " + sameBody.asString());
            if (allowed != 201) {
                assertEquals(allowed, sameBody.statusCode(), () -> what + ": " + sameBody.asString());
            } else if (sameBody.statusCode() == 201) {
                assertNotEquals(location, sameBody.header("Location"), what + " answered the first creation");
            }
            Response ownKey = send(first, other, UUID.randomUUID().toString());
            assertEquals(ownKey.statusCode(), sameBody.statusCode(),
                    () -> what + " answered otherwise than with a key of its own: " + sameBody.asString() + " / " + ownKey.asString());

            // The creator's key with another body, the other caller's own: its request, authorized like any other.
            Request own = AuthorizationMatrixTest.prepare(operationId, other);
            Response otherBody = send(own, other, secondKey);
            assertNull(otherBody.header(REPLAYED), what + " and its own body was answered as a replay");
            assertEquals(allowed, otherBody.statusCode(), () -> what + " and its own body: " + otherBody.asString());
        }

        // Nothing the others sent touched the first caller's record.
        assertReplay(operationId, first, creator, key, created);
    }

    /**
     * A seeded fuzz: three callers (the creator, central staff or the admin, a province other than the creator's) send, in random order,
     * random pairs of two keys and three bodies. A model of each caller's keys says what must come back: a replay only
     * to the caller whose key and body made a creation, a 422 only to a caller reusing its own key with another body.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("keyed")
    void aFuzzOfKeyedRequestsFindsNoReplayAcrossCallers(String operationId) {
        Map<Caller, Integer> statuses = matrix(operationId);
        Caller creator = CREATORS.stream().filter(c -> statuses.getOrDefault(c, 0) == 201).findFirst().orElseThrow();
        List<Caller> callers = new ArrayList<>(List.of(creator));
        OTHERS.stream().filter(c -> c.province == null && c != creator && statuses.containsKey(c))
                .findFirst().ifPresent(callers::add);
        OTHERS.stream().filter(c -> c.province != null && !c.province.equals(creator.province) && statuses.containsKey(c))
                .findFirst().ifPresent(callers::add);
        assertEquals(3, callers.size(), () -> "three callers for " + operationId + ": " + callers);
        List<Request> bodies = callers.stream().map(c -> AuthorizationMatrixTest.prepare(operationId, c)).toList();
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

        /** What a caller's key made: the body it was first used with and the Location of the creation. */
        record Made(int body, String location) {
        }
        Map<String, Made> made = new HashMap<>();
        Random random = new Random(operationId.hashCode());
        for (int i = 0; i < 12; i++) {
            Caller caller = callers.get(random.nextInt(callers.size()));
            int body = random.nextInt(bodies.size());
            String key = keys.get(random.nextInt(keys.size()));
            Response answer = send(bodies.get(body), caller, key);
            Made earlier = made.get(caller + " " + key);
            String what = "request " + i + ": " + operationId + " by " + caller + " with key " + keys.indexOf(key)
                    + " and body " + body + " (" + answer.statusCode() + " " + answer.asString() + ")";
            if (earlier == null) {
                assertNull(answer.header(REPLAYED), what + " replayed a creation its caller never made");
                assertNotEquals(422, answer.statusCode(), what);
                if (answer.statusCode() == 201) {
                    made.put(caller + " " + key, new Made(body, answer.header("Location")));
                }
            } else if (earlier.body() == body) {
                assertEquals("true", answer.header(REPLAYED), what + " should replay its own creation");
                assertEquals(earlier.location(), answer.header("Location"), what);
            } else {
                assertEquals(422, answer.statusCode(), what + " reused its own key for another body");
            }
        }
    }

    @Test
    void theListIsTheContracts() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        Set<String> keyed = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> operation.getValue().path("parameters").forEach(parameter -> {
                JsonNode resolved = parameter.has("$ref")
                        ? contract.at(parameter.path("$ref").asText().substring(1)) : parameter;
                if (resolved.path("name").asText().equals("Idempotency-Key")) {
                    keyed.add(operation.getValue().path("operationId").asText());
                }
            }));
        }
        assertEquals(new TreeSet<>(KEYED), keyed, "the operations that read Idempotency-Key");
    }

    private static void assertReplay(String operationId, Request request, Caller caller, String key, Response first) {
        Response again = send(request, caller, key);
        assertEquals(201, again.statusCode(), () -> operationId + " retried by " + caller + ": " + again.asString());
        assertEquals("true", again.header(REPLAYED), operationId + " retried by " + caller);
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.asString(), again.asString());
    }

    private static Response send(Request request, Caller caller, String key) {
        return request.send(caller.request().header("Idempotency-Key", key));
    }

    /** The matrix's status for each caller of the operation. */
    private static Map<Caller, Integer> matrix(String operationId) {
        Map<Caller, Integer> statuses = new LinkedHashMap<>();
        for (Row row : AuthorizationMatrixTest.table()) {
            if (row.operationId().equals(operationId)) {
                statuses.put(row.caller(), row.status());
            }
        }
        assertTrue(!statuses.isEmpty(), "no rows for " + operationId);
        return statuses;
    }
}
