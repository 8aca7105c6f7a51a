package vn.thidua.election;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Parallel;

/** The election of next year's head and deputies: one action, the election and next year's memberships together. */
@QuarkusTest
class ElectionTest {

    /** One bloc year for the class (and the year after it, served by the elected). */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    /** Thanh Hóa (38) heads, Nghệ An (40) deputises, Hà Tĩnh (42) and Quảng Ninh (22) are members. */
    private static String cluster() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "DEPUTY");
        Fixtures.member(cluster, Year.VALUE, "42", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "22", "MEMBER");
        return cluster;
    }

    private static Map<String, Object> election(int year, String head, String... deputies) {
        return Map.of("year", year, "heldOn", year + "-03-13", "place", "Thành phố Thanh Hóa", "membersPresent", 4,
                "head", Map.of("provinceCode", head, "votes", 4),
                "deputies", java.util.Arrays.stream(deputies).map(d -> Map.of("provinceCode", d, "votes", 3)).toList(),
                "note", "Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm " + (year - 1) + ".");
    }

    @Test
    void theElectionSetsNextYearsRolesAndCarriesTheOtherMembersOver() {
        String cluster = cluster();
        int next = Year.VALUE + 1;
        Api.asProvince("40").body(election(next, "40", "42")).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(403, "forbidden")).body("detail", containsString("Thanh Hóa"));
        Api.asProvince("38").body(election(next, "40", "42")).post("/api/v1/clusters/{code}/elections", cluster)
                .then().statusCode(201)
                .header("Location", containsString("/elections/" + next))
                .body("head.province.code", equalTo("40"))
                .body("head.votes", equalTo(4))
                .body("deputies.province.code", contains("42"))
                .body("memberships.province.code", contains("40", "42", "22", "38"))
                .body("memberships.role", contains("HEAD", "DEPUTY", "MEMBER", "MEMBER"))
                .body("notCarriedOver", equalTo(List.of()));
        Api.as("viewer").queryParam("year", next).get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200).body("total", equalTo(4))
                .body("items.role", contains("HEAD", "DEPUTY", "MEMBER", "MEMBER"));
        Api.as("viewer").get("/api/v1/clusters/{code}/elections/{year}", cluster, next)
                .then().statusCode(200).body("place", equalTo("Thành phố Thanh Hóa"))
                .body("memberships.role", contains("HEAD", "DEPUTY", "MEMBER", "MEMBER"));
        Api.as("viewer").get("/api/v1/clusters/{code}/elections", cluster)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].year", equalTo(next));
        Api.as("central").queryParam("entity", "election").get("/api/v1/audit-events")
                .then().statusCode(200).body("items.entityId", hasItem(cluster + "/" + next));
    }

    private static long yearEndReview(String cluster, int year) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("year", year);
        body.put("kind", "YEAR_END_REVIEW");
        body.put("title", "Hội nghị tổng kết công tác thi đua, khen thưởng năm " + year);
        body.put("startsOn", year + "-12-20");
        body.put("endsOn", year + "-12-20");
        body.put("place", "Thành phố Thanh Hóa");
        body.put("hostProvinceCode", "38");
        return Api.as("central").body(body).post("/api/v1/clusters/{code}/conferences", cluster)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theElectionNamesTheConferenceThatHeldItAndThatConferenceStays() {
        String cluster = cluster();
        int next = Year.VALUE + 1;
        long review = yearEndReview(cluster, Year.VALUE);
        Map<String, Object> body = new java.util.HashMap<>(election(next, "40", "42"));
        // A conference about another year, or of another cluster, did not hold this election.
        body.put("conferenceId", yearEndReview(cluster(), Year.VALUE));
        Api.asProvince("38").body(body).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("conferenceId"));
        body.put("conferenceId", review);
        Api.asProvince("38").body(body).post("/api/v1/clusters/{code}/elections", cluster)
                .then().statusCode(201).body("conferenceId", equalTo((int) review));
        Api.as("viewer").get("/api/v1/clusters/{code}/elections/{year}", cluster, next)
                .then().statusCode(200).body("conferenceId", equalTo((int) review));
        String etag = Api.etagOf(Api.as("viewer").get("/api/v1/clusters/{code}/conferences/{id}", cluster, review)
                .then().statusCode(200).extract().response());
        Api.as("central").header("If-Match", etag).delete("/api/v1/clusters/{code}/conferences/{id}", cluster, review)
                .then().spec(problem(409, "conflict")).body("detail", containsString("election"));
    }

    @Test
    void membershipsAlreadyAddedForNextYearAreKeptAndTheirRolesSetByTheElection() {
        String cluster = cluster();
        int next = Year.VALUE + 1;
        Fixtures.member(cluster, next, "22", "HEAD");
        Fixtures.member(cluster, next, "01", "MEMBER");
        Api.as("central").body(election(next, "01", "22")).post("/api/v1/clusters/{code}/elections", cluster)
                .then().statusCode(201)
                .body("memberships.province.code", contains("01", "22", "38", "40", "42"))
                .body("memberships.role", contains("HEAD", "DEPUTY", "MEMBER", "MEMBER", "MEMBER"));
    }

    @Test
    void itRefusesAHeadThatIsNotAMemberAndWhatDoesNotAddUp() {
        String cluster = cluster();
        int next = Year.VALUE + 1;
        Api.as("central").body(election(next, "01")).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("head.provinceCode"))
                .body("detail", containsString("not a member"));
        Api.as("central").body(election(next, "99")).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("head.provinceCode"));
        Api.as("central").body(election(next, "40", "40")).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("deputies[0].provinceCode"));
        Map<String, Object> crowded = new java.util.HashMap<>(election(next, "40"));
        crowded.put("membersPresent", 5);
        Api.as("central").body(crowded).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("membersPresent"));
        Map<String, Object> late = new java.util.HashMap<>(election(next, "40"));
        late.put("heldOn", (next + 1) + "-01-10");
        Api.as("central").body(late).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("heldOn"));
        Api.as("viewer").queryParam("year", next).get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aProvinceThatDoesNotExistInTheYearServedIsNeitherElectedNorCarriedOver() {
        // 2025 → 2026, across the merger: Thái Bình (34) and Nam Định (36) ended on 2025-06-30; 37 names today's
        // Ninh Bình in 2026, which is not a member.
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, 2025, "34", "HEAD");
        Fixtures.member(cluster, 2025, "36", "MEMBER");
        Fixtures.member(cluster, 2025, "38", "MEMBER");
        Map<String, Object> body = new java.util.HashMap<>(election(2026, "34"));
        body.put("membersPresent", 3);
        Api.as("central").body(body).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("head.provinceCode"))
                .body("detail", containsString("no provincial-level unit with code 34 exists during 2026"));
        body.put("head", Map.of("provinceCode", "37", "votes", 3));
        Api.as("central").body(body).post("/api/v1/clusters/{code}/elections", cluster)
                .then().spec(problem(422, "invalid-input")).body("detail", containsString("not a member"));
        body.put("head", Map.of("provinceCode", "38", "votes", 3));
        Api.as("central").body(body).post("/api/v1/clusters/{code}/elections", cluster)
                .then().statusCode(201)
                .body("memberships.province.code", contains("38"))
                .body("notCarriedOver.code", contains("34", "36"));
    }

    @Test
    void oneElectionPerClusterAndYearAlsoWhenTwoArriveAtTheSameMoment() throws Exception {
        for (int round = 0; round < 3; round++) {
            String cluster = cluster();
            int next = Year.VALUE + 1;
            List<Response> answers = Parallel.sortedByStatus(
                    () -> Api.as("central").body(election(next, "40", "42")).post("/api/v1/clusters/{code}/elections", cluster),
                    () -> Api.asProvince("38").body(election(next, "42", "22")).post("/api/v1/clusters/{code}/elections", cluster));
            answers.get(0).then().statusCode(201);
            answers.get(1).then().spec(problem(409, "conflict")).body("errors.field", contains("year"));
            Api.as("viewer").queryParam("year", next).get("/api/v1/clusters/{code}/members", cluster)
                    .then().statusCode(200).body("total", equalTo(4))
                    .body("items[0].province.code", equalTo(answers.get(0).jsonPath().getString("head.province.code")));
        }
    }
}
