package vn.thidua.scoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.ScoringFixtures;

/** A tie rule that ends in a vote: the cluster records the vote between the tied members, and the ranking applies it. */
@QuarkusTest
class TieVoteTest {

    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    private static final String RANKING = "/api/v1/clusters/{code}/scores/{year}";

    /** A bloc (38 head; 40, 42, 14 members) whose tie rule is more maximum scores, then a vote. */
    private static String clusterWithVote() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "42", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "14", "MEMBER");
        Map<String, Object> scheme = ScoringFixtures.scheme(Year.VALUE);
        scheme.put("tieRule", List.of(Map.of("kind", "MAXIMUM_SCORES"), Map.of("kind", "VOTE")));
        Api.as("central").body(scheme).post("/api/v1/clusters/{code}/scoring-schemes", cluster).then().statusCode(201);
        // 40 and 42 tie for the first place (38 points, one criterion at its maximum each); 14 is third.
        ScoringFixtures.confirmedScorecard(cluster, "40", Year.VALUE, "I.1", "10", "I.2", "9", "II.1", "19");
        ScoringFixtures.confirmedScorecard(cluster, "42", Year.VALUE, "I.1", "9", "I.2", "10", "II.1", "19");
        ScoringFixtures.confirmedScorecard(cluster, "14", Year.VALUE, "I.1", "9", "I.2", "9", "II.1", "18");
        return cluster;
    }

    private static Map<String, Object> vote(List<Map<String, Object>> votes) {
        return Map.of("heldOn", (Year.VALUE + 1) + "-01-20", "membersPresent", 4, "votes", votes,
                "note", "Biên bản hội nghị tổng kết năm của Cụm.");
    }

    private static Map<String, Object> votes(String province, int votes) {
        return Map.of("provinceCode", province, "votes", votes);
    }

    @Test
    void theVoteBreaksTheTieTheStepsBeforeItLeft() {
        String cluster = clusterWithVote();
        Api.as("viewer").get(RANKING, cluster, Year.VALUE).then().statusCode(200)
                .body("entries.rank", contains(1, 1, 3))
                .body("firstPlaceShared", equalTo(true))
                .body("leader", nullValue());

        String path = RANKING + "/tie-votes";
        Api.asProvince("40").body(vote(List.of(votes("40", 3), votes("42", 1)))).post(path, cluster, Year.VALUE)
                .then().spec(problem(403, "forbidden"));
        Api.as("central").body(vote(List.of(votes("40", 3), votes("14", 1)))).post(path, cluster, Year.VALUE)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("votes[1].provinceCode"));
        Api.as("central").body(vote(List.of(votes("40", 3), votes("42", 5)))).post(path, cluster, Year.VALUE)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("votes[1].votes"));
        Api.asProvince("38").body(vote(List.of(votes("42", 1), votes("40", 3)))).post(path, cluster, Year.VALUE)
                .then().statusCode(200)
                .body("entries.provinceCode", contains("40", "42", "14"))
                .body("entries.rank", contains(1, 2, 3))
                .body("entries[0].tieBreakerValues.value", contains(1, 3))
                .body("leader.provinceCode", equalTo("40"))
                .body("firstPlaceShared", equalTo(false));
        Api.as("viewer").get(RANKING, cluster, Year.VALUE).then().statusCode(200).body("leader.provinceCode", equalTo("40"));
    }

    /**
     * Once the vote between tied members is recorded, the tie is decided: another vote naming one of them conflicts
     * with the vote on record (409, a member's votes are recorded once), although the ranking no longer shows them
     * tied. Members that are not tied and were never voted on are a 422: the request itself is wrong.
     */
    @Test
    void aSecondVoteOnADecidedTieIs409AndAVoteBetweenMembersNotTiedIs422() {
        String cluster = clusterWithVote();
        String path = RANKING + "/tie-votes";
        Api.as("central").body(vote(List.of(votes("40", 3), votes("42", 1)))).post(path, cluster, Year.VALUE)
                .then().statusCode(200).body("entries.rank", contains(1, 2, 3));

        Api.as("central").body(vote(List.of(votes("42", 2), votes("40", 2)))).post(path, cluster, Year.VALUE)
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("votes[0].provinceCode", "votes[1].provinceCode"))
                .body("detail", containsString("already recorded"));
        Api.as("central").body(vote(List.of(votes("14", 2), votes("42", 2)))).post(path, cluster, Year.VALUE)
                .then().spec(problem(409, "conflict")).body("errors.field", contains("votes[1].provinceCode"));
        Api.as("viewer").get(RANKING, cluster, Year.VALUE).then().statusCode(200)
                .body("entries.provinceCode", contains("40", "42", "14"))
                .body("entries[0].tieBreakerValues.value", contains(1, 3));

        String other = clusterWithVote();
        Api.as("central").body(vote(List.of(votes("42", 2), votes("14", 2)))).post(path, other, Year.VALUE)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("votes[1].provinceCode"))
                .body("detail", containsString("not tied"));
    }

    @Test
    void aRuleWithoutAVoteTakesNone() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "MEMBER");
        ScoringFixtures.createScheme(cluster, Year.VALUE);
        Api.as("central").body(vote(List.of(votes("40", 1), votes("38", 1)))).post(RANKING + "/tie-votes", cluster, Year.VALUE)
                .then().spec(problem(409, "conflict"));
        Map<String, Object> scheme = ScoringFixtures.scheme(Year.VALUE);
        scheme.put("tieRule", List.of(Map.of("kind", "VOTE"), Map.of("kind", "MAXIMUM_SCORES")));
        Api.as("central").body(scheme).post("/api/v1/clusters/{code}/scoring-schemes", Fixtures.cluster("BLOC"))
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("tieRule[0].kind"));
    }
}
