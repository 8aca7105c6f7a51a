package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.ScoringFixtures;

/**
 * The Government Emulation Flag follows the ranking: once a cluster has confirmed scores for the year, its flag
 * nominee is the member ranked first, checked when the nomination is submitted and when the cluster endorses it,
 * unless central staff record an override with a reason.
 */
@QuarkusTest
class FlagFollowsRankingTest {

    /** One bloc year for the class; nominee names carry the cluster's code, so no two tests name the same nominee. */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    /** Thanh Hóa (38) heads, Nghệ An (40) deputises, Hà Tĩnh (42) and Quảng Ninh (22) are members; a scheme. */
    private static String cluster() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "DEPUTY");
        Fixtures.member(cluster, Year.VALUE, "42", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "22", "MEMBER");
        ScoringFixtures.createScheme(cluster, Year.VALUE);
        return cluster;
    }

    /** Nghệ An first (40 points), Hà Tĩnh second (38). */
    private static void nghệAnRanksFirst(String cluster) {
        ScoringFixtures.confirmedScorecard(cluster, "40", Year.VALUE, "I.1", "10", "I.2", "10", "II.1", "20");
        ScoringFixtures.confirmedScorecard(cluster, "42", Year.VALUE, "I.1", "10", "I.2", "8", "II.1", "20");
    }

    private static Map<String, Object> flag(String cluster, String province, String name) {
        Map<String, Object> body = Fixtures.recommendation(cluster, Year.VALUE, province, name + " " + cluster, province);
        body.put("awardTypeCode", "GOV_EMULATION_FLAG");
        body.put("nomineeKind", "COLLECTIVE");
        body.put("achievements", "Dẫn đầu Cụm thi đua năm " + Year.VALUE + ".");
        return body;
    }

    private static long create(String province, Map<String, Object> body) {
        return Api.asProvince(province).body(body).post("/api/v1/award-recommendations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(long id) {
        return Api.etagOf(Api.as("central").get("/api/v1/award-recommendations/{id}", id)
                .then().statusCode(200).extract().response());
    }

    private static io.restassured.response.Response submit(String province, long id) {
        return Api.asProvince(province).header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/award-recommendations/{id}/submit", id);
    }

    private static io.restassured.response.Response vote(long id, int votesFor) {
        return Api.asProvince("38").header("If-Match", etag(id))
                .body(Map.of("membersPresent", 4, "votesFor", votesFor, "votesAgainst", 4 - votesFor, "votesAbstaining", 0))
                .post("/api/v1/award-recommendations/{id}/vote", id);
    }

    @Test
    void theFirstRankedMembersNominationGoesThroughAndAnotherIsRefused() {
        String cluster = cluster();
        nghệAnRanksFirst(cluster);

        long second = create("42", flag(cluster, "42", "Tỉnh Hà Tĩnh"));
        submit("42", second).then().spec(problem(409, "conflict"))
                .body("detail", containsString("Nghệ An"))
                .body("detail", containsString("ranks first"))
                .body("detail", containsString("/override"));

        long first = create("40", flag(cluster, "40", "Tỉnh Nghệ An"));
        submit("40", first).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        vote(first, 4).then().statusCode(200).body("status", equalTo("ENDORSED"));

        // The Prime Minister's Certificate of Merit does not follow the ranking.
        long merit = create("42", Fixtures.recommendation(cluster, Year.VALUE, "42", "Nguyễn Văn An " + cluster, "42"));
        submit("42", merit).then().statusCode(200);
    }

    @Test
    void centralStaffLetAnotherNomineeGoAheadWithAReasonKeptInTheHistory() {
        String cluster = cluster();
        nghệAnRanksFirst(cluster);
        long id = create("42", flag(cluster, "42", "Tỉnh Hà Tĩnh"));
        Map<String, Object> reason = Map.of("reason", "Tỉnh xếp thứ nhất đã được tặng Cờ ba năm liền; Cụm thống nhất đề nghị tỉnh thứ hai.");

        Api.asProvince("38").header("If-Match", etag(id)).body(reason)
                .post("/api/v1/award-recommendations/{id}/override", id).then().spec(problem(403, "forbidden"));
        Api.invalidAs("central").body(reason)
                .post("/api/v1/award-recommendations/{id}/override", id).then().spec(problem(428, "if-match-required"));
        Api.as("central").header("If-Match", etag(id)).body(reason)
                .post("/api/v1/award-recommendations/{id}/override", id)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rankingOverride", equalTo(reason.get("reason")));
        submit("42", id).then().statusCode(200);
        vote(id, 3).then().statusCode(200).body("status", equalTo("ENDORSED"));
        Api.as("viewer").get("/api/v1/award-recommendations/{id}/history", id)
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "OVERRIDE", "SUBMIT", "VOTE"))
                .body("items[1].note", equalTo(reason.get("reason")))
                .body("items[1].actor.role", equalTo("central"));

        long merit = create("42", Fixtures.recommendation(cluster, Year.VALUE, "42", "Trần Thị Bình " + cluster, "42"));
        Api.as("central").header("If-Match", etag(merit)).body(reason)
                .post("/api/v1/award-recommendations/{id}/override", merit).then().spec(problem(409, "conflict"));
    }

    @Test
    void aClusterWithoutConfirmedScoresForTheYearIsNotRestricted() {
        String cluster = cluster();
        long card = ScoringFixtures.scorecard(cluster, "40", Year.VALUE, ScoringFixtures.lines("I.1", "10", "I.2", "10", "II.1", "20"));
        ScoringFixtures.act(card, "submit");
        ScoringFixtures.act(card, "review");
        long id = create("42", flag(cluster, "42", "Tỉnh Hà Tĩnh"));
        submit("42", id).then().statusCode(200);
    }

    @Test
    void scoresConfirmedAfterTheSubmissionAreCheckedWhenTheClusterEndorses() {
        String cluster = cluster();
        long id = create("42", flag(cluster, "42", "Tỉnh Hà Tĩnh"));
        submit("42", id).then().statusCode(200);
        nghệAnRanksFirst(cluster);
        vote(id, 4).then().spec(problem(409, "conflict")).body("detail", containsString("Nghệ An"));
        // A vote that does not endorse is recorded: the cluster put no one forward against the ranking.
        vote(id, 1).then().statusCode(200).body("status", equalTo("NOT_ENDORSED"));
    }

    @Test
    void aSharedFirstPlaceIsRefusedUntilCentralStaffOverride() {
        String cluster = cluster();
        ScoringFixtures.confirmedScorecard(cluster, "40", Year.VALUE, "I.1", "10", "I.2", "8", "II.1", "20");
        ScoringFixtures.confirmedScorecard(cluster, "42", Year.VALUE, "I.1", "8", "I.2", "10", "II.1", "20");
        long id = create("40", flag(cluster, "40", "Tỉnh Nghệ An"));
        submit("40", id).then().spec(problem(409, "conflict")).body("detail", containsString("shared"));
    }
}
