package vn.thidua.scoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Parallel;
import vn.thidua.support.ScoringFixtures;

/**
 * The year-end scoring through HTTP: the cluster's own scheme, the members' scorecards through their workflow, and
 * the ranking of the year computed by the database with the scheme's tie rule.
 */
@QuarkusTest
class ScoringTest {

    /** One bloc year for the class: every test has a fresh cluster, and scoring is per cluster. */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    /** A fresh cluster: Thanh Hóa (38) heads it, Nghệ An (40) deputises, Hà Tĩnh (42) and Quảng Ninh (22) are members. */
    private static String cluster() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, Year.VALUE, "38", "HEAD");
        Fixtures.member(cluster, Year.VALUE, "40", "DEPUTY");
        Fixtures.member(cluster, Year.VALUE, "42", "MEMBER");
        Fixtures.member(cluster, Year.VALUE, "22", "MEMBER");
        return cluster;
    }

    private static String clusterWithScheme() {
        String cluster = cluster();
        ScoringFixtures.createScheme(cluster, Year.VALUE);
        return cluster;
    }

    private static String cardEtag(long id) {
        return Api.etagOf(Api.as("central").get("/api/v1/scorecards/{id}", id).then().statusCode(200).extract().response());
    }

    private static String schemeEtag(String cluster) {
        return Api.etagOf(Api.as("viewer").get("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).extract().response());
    }

    @Test
    void theHeadWritesTheClustersOwnSchemeAndEveryoneReadsIt() {
        String cluster = cluster();
        Api.asProvince("42").body(ScoringFixtures.scheme(Year.VALUE))
                .post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().spec(problem(403, "forbidden")).body("detail", containsString("Thanh Hóa"));
        Api.asProvince("38").body(ScoringFixtures.scheme(Year.VALUE))
                .post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().statusCode(201)
                .header("Location", containsString("/scoring-schemes/" + Year.VALUE))
                .body("groups.code", contains("I", "II"))
                .body("groups[0].maxPoints", equalTo(20))
                .body("groups[0].criteria.code", contains("I.1", "I.2"))
                .body("bonuses[0].maxPoints", equalTo(5))
                .body("penalties[0].code", equalTo("TR.1"))
                .body("maximumTotal", equalTo(45))
                .body("tieRule.kind", contains("MAXIMUM_SCORES", "GROUP_POINTS"))
                .body("frozen", equalTo(false));
        Api.as("viewer").get("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", startsWith("Bảng chấm điểm"));
        Api.as("central").body(ScoringFixtures.scheme(Year.VALUE)).post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().spec(problem(409, "conflict")).body("errors.field", contains("year"));
    }

    @Test
    void aSchemeNamesEachCodeOnceAndItsTieRuleNamesWhatExists() {
        String cluster = cluster();
        Map<String, Object> twice = ScoringFixtures.scheme(Year.VALUE);
        twice.put("bonuses", List.of(ScoringFixtures.item("I.2", "Trùng mã", 5)));
        Api.as("central").body(twice).post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("bonuses[0].code"));
        Map<String, Object> unknownGroup = ScoringFixtures.scheme(Year.VALUE);
        unknownGroup.put("tieRule", List.of(Map.of("kind", "GROUP_POINTS", "groupCode", "IX")));
        Api.as("central").body(unknownGroup).post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("tieRule[0].groupCode"));
        Map<String, Object> unknownIndicator = ScoringFixtures.scheme(Year.VALUE);
        unknownIndicator.put("tieRule", List.of(Map.of("kind", "INDICATOR", "indicatorCode", "HAPPINESS")));
        Api.as("central").body(unknownIndicator).post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("tieRule[0].indicatorCode"));
    }

    /**
     * A draft scorecard is its province's alone (another province may not learn that it exists), so it freezes
     * nothing: the scheme stays open until a member submits its card, and is frozen from then on.
     */
    @Test
    void theSchemeCanBeReplacedUntilAMemberSubmitsItsScorecardThenItIsFrozen() {
        String cluster = clusterWithScheme();
        Map<String, Object> replacement = ScoringFixtures.scheme(Year.VALUE);
        replacement.remove("year");
        replacement.put("penalties", List.of(ScoringFixtures.item("TR.1", "Gửi báo cáo chậm so với quy định", 3)));
        Api.invalidAs("central").body(replacement).put("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().spec(problem(428, "if-match-required"));
        Api.asProvince("38").header("If-Match", schemeEtag(cluster)).body(replacement)
                .put("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).body("penalties[0].maxPoints", equalTo(3));

        long draft = Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", Year.VALUE,
                        ScoringFixtures.lines("I.1", "10", "I.2", "9", "II.1", "19")))
                .post("/api/v1/scorecards").then().statusCode(201).extract().jsonPath().getLong("id");

        Api.asProvince("22").get("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).body("frozen", equalTo(false));
        replacement.put("title", "Bảng chấm điểm thi đua Cụm năm " + Year.VALUE + " (sửa đổi)");
        Api.asProvince("38").header("If-Match", schemeEtag(cluster)).body(replacement)
                .put("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).body("frozen", equalTo(false));

        Api.asProvince("42").header("If-Match", cardEtag(draft)).body(Map.of())
                .post("/api/v1/scorecards/{id}/submit", draft).then().statusCode(200);

        Api.asProvince("22").get("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).body("frozen", equalTo(true));
        Api.as("central").header("If-Match", schemeEtag(cluster)).body(replacement)
                .put("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().spec(problem(409, "conflict")).body("detail", containsString("frozen"));
    }

    /**
     * A scheme replaced while a member's card is a draft: the draft keeps its lines of the items whose code stays (with
     * the item as it is now), loses those of removed items, and is submitted only as the current scheme allows.
     */
    @Test
    void aDraftMeetsTheSchemeAsReplacedWhenItIsSubmitted() {
        String cluster = clusterWithScheme();
        long draft = Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", Year.VALUE,
                        ScoringFixtures.lines("I.1", "10", "I.2", "9", "II.1", "19", "T.1", "3")))
                .post("/api/v1/scorecards").then().statusCode(201).extract().jsonPath().getLong("id");
        String before = cardEtag(draft);

        Map<String, Object> replacement = ScoringFixtures.scheme(Year.VALUE);
        replacement.remove("year");
        replacement.put("groups", List.of(
                Map.of("code", "I", "name", "Thực hiện các chỉ tiêu kinh tế - xã hội", "criteria", List.of(
                        ScoringFixtures.item("I.1", "Thu ngân sách nhà nước trên địa bàn vượt dự toán", 8),
                        ScoringFixtures.item("I.2", "Xây dựng nông thôn mới đạt và vượt kế hoạch", 10))),
                Map.of("code", "II", "name", "Công tác thi đua, khen thưởng", "criteria", List.of(
                        ScoringFixtures.item("II.1", "Tổ chức các phong trào thi đua, nhân rộng điển hình tiên tiến", 20),
                        ScoringFixtures.item("II.2", "Thực hiện giao ước thi đua và chế độ báo cáo của Cụm", 10)))));
        replacement.put("bonuses", List.of());
        Api.asProvince("38").header("If-Match", schemeEtag(cluster)).body(replacement)
                .put("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE).then().statusCode(200);

        Api.asProvince("42").get("/api/v1/scorecards/{id}", draft).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("lines.itemCode", contains("I.1", "I.2", "II.1"))
                .body("lines[0].itemName", equalTo("Thu ngân sách nhà nước trên địa bàn vượt dự toán"))
                .body("lines[0].maxPoints", equalTo(8))
                .body("lines[0].selfPoints", equalTo(10))
                .body("lines[0].evidence", equalTo("Minh chứng I.1"));
        // The card changed with the scheme: its ETag too.
        Api.asProvince("42").header("If-Match", before).body(Map.of())
                .post("/api/v1/scorecards/{id}/submit", draft).then().spec(problem(412, "stale-version"));
        Api.asProvince("42").header("If-Match", cardEtag(draft)).body(Map.of())
                .post("/api/v1/scorecards/{id}/submit", draft)
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("lines[0].points", "lines"))
                .body("errors[0].message", containsString("scores from 0 to 8, not 10"))
                .body("errors[1].message", containsString("II.2"));
        Api.as("viewer").get("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).body("frozen", equalTo(false));

        Api.asProvince("42").header("If-Match", cardEtag(draft))
                .body(Map.of("lines", ScoringFixtures.lines("I.1", "8", "I.2", "9", "II.1", "19", "II.2", "10")))
                .put("/api/v1/scorecards/{id}", draft).then().statusCode(200).body("selfTotal", equalTo(46));
        Api.asProvince("42").header("If-Match", cardEtag(draft)).body(Map.of())
                .post("/api/v1/scorecards/{id}/submit", draft).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.as("viewer").get("/api/v1/clusters/{code}/scoring-schemes/{year}", cluster, Year.VALUE)
                .then().statusCode(200).body("frozen", equalTo(true));
    }

    @Test
    void pointsOutsideTheCriterionsRangeAre422NamingTheCriterion() {
        String cluster = clusterWithScheme();
        Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", Year.VALUE,
                        ScoringFixtures.lines("I.1", "10", "I.2", "12")))
                .post("/api/v1/scorecards")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("lines[1].points"))
                .body("detail", containsString("criterion I.2 (Xây dựng nông thôn mới đạt và vượt kế hoạch) scores from 0 to 10, not 12"));
        Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", Year.VALUE, ScoringFixtures.lines("TR.1", "-1")))
                .post("/api/v1/scorecards")
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("lines[0].points"));
        Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", Year.VALUE, ScoringFixtures.lines("III.9", "1")))
                .post("/api/v1/scorecards")
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("lines[0].itemCode"));
    }

    @Test
    void aCardGoesFromSelfAssessmentThroughReviewToConfirmation() {
        String cluster = clusterWithScheme();
        Api.asProvince("22").body(ScoringFixtures.card(cluster, "42", Year.VALUE, ScoringFixtures.lines("I.1", "10")))
                .post("/api/v1/scorecards").then().spec(problem(403, "forbidden"));
        long id = Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", Year.VALUE,
                        ScoringFixtures.lines("I.1", "10", "I.2", "9", "T.1", "3")))
                .post("/api/v1/scorecards")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("selfTotal", equalTo(22))
                .body("allowedActions", contains("update", "submit"))
                .extract().jsonPath().getLong("id");

        Api.asProvince("42").header("If-Match", cardEtag(id)).body(Map.of())
                .post("/api/v1/scorecards/{id}/submit", id)
                .then().spec(problem(422, "invalid-input")).body("detail", containsString("II.1"));
        Api.asProvince("42").header("If-Match", cardEtag(id))
                .body(Map.of("lines", ScoringFixtures.lines("I.1", "10", "I.2", "9", "II.1", "18", "T.1", "3", "TR.1", "1")))
                .put("/api/v1/scorecards/{id}", id).then().statusCode(200).body("selfTotal", equalTo(39));
        Api.asProvince("42").header("If-Match", cardEtag(id)).body(Map.of())
                .post("/api/v1/scorecards/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("allowedActions", contains("review", "return"));

        // The member cannot review its own card; the head reviews and must give a reason for each change.
        Map<String, Object> lowered = Map.of("changes", List.of(Map.of("itemCode", "T.1", "points", 1)));
        Api.asProvince("42").header("If-Match", cardEtag(id)).body(lowered)
                .post("/api/v1/scorecards/{id}/review", id).then().spec(problem(403, "forbidden"));
        Api.asProvince("38").header("If-Match", cardEtag(id)).body(lowered)
                .post("/api/v1/scorecards/{id}/review", id)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("changes[0].reason"));
        Api.asProvince("38").header("If-Match", cardEtag(id))
                .body(Map.of("changes", List.of(Map.of("itemCode", "T.1", "points", 1,
                        "reason", "Mô hình mới được biểu dương cấp tỉnh.")), "note", "Thẩm định tại hội nghị tổng kết."))
                .post("/api/v1/scorecards/{id}/review", id)
                .then().statusCode(200)
                .body("status", equalTo("REVIEWED"))
                .body("selfTotal", equalTo(39))
                .body("agreedTotal", equalTo(37))
                .body("lines.find { it.itemCode == 'T.1' }.agreedPoints", equalTo(1))
                .body("lines.find { it.itemCode == 'T.1' }.reviewReason", equalTo("Mô hình mới được biểu dương cấp tỉnh."))
                .body("lines.find { it.itemCode == 'I.1' }.agreedPoints", equalTo(10))
                .body("lines.find { it.itemCode == 'I.1' }.reviewReason", nullValue());
        Api.asProvince("38").header("If-Match", cardEtag(id)).body(Map.of())
                .post("/api/v1/scorecards/{id}/confirm", id)
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("allowedActions", equalTo(List.of()));
        Api.asProvince("38").header("If-Match", cardEtag(id)).body(Map.of("note", "Lại"))
                .post("/api/v1/scorecards/{id}/return", id)
                .then().spec(problem(409, "conflict")).body("detail", containsString("No action is possible"));

        Api.as("viewer").get("/api/v1/scorecards/{id}/history", id)
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE", "SUBMIT", "REVIEW", "CONFIRM"))
                .body("items[3].note", equalTo("Thẩm định tại hội nghị tổng kết."))
                .body("items[3].actorProvinceCode", equalTo("38"));
        Api.as("central").queryParam("entity", "scorecard").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit-events")
                .then().statusCode(200).body("items.action", hasItem("confirm"));
    }

    @Test
    void theHeadsOwnCardIsReviewedByADeputyAndReturnedCardsKeepTheReason() {
        String cluster = clusterWithScheme();
        long id = ScoringFixtures.scorecard(cluster, "38", Year.VALUE, ScoringFixtures.lines("I.1", "10", "I.2", "10", "II.1", "20"));
        ScoringFixtures.act(id, "submit");
        Api.asProvince("38").header("If-Match", cardEtag(id)).body(Map.of())
                .post("/api/v1/scorecards/{id}/review", id)
                .then().spec(problem(403, "forbidden")).body("detail", containsString("own province"));
        Api.asProvince("40").header("If-Match", cardEtag(id)).body(Map.of())
                .post("/api/v1/scorecards/{id}/return", id)
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("note"));
        Api.asProvince("40").header("If-Match", cardEtag(id)).body(Map.of("note", "Đề nghị bổ sung minh chứng tiêu chí II.1."))
                .post("/api/v1/scorecards/{id}/return", id)
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Đề nghị bổ sung minh chứng tiêu chí II.1."));
        ScoringFixtures.act(id, "submit");
        Api.asProvince("40").header("If-Match", cardEtag(id)).body(Map.of())
                .post("/api/v1/scorecards/{id}/review", id)
                .then().statusCode(200).body("status", equalTo("REVIEWED")).body("agreedTotal", equalTo(40));
    }

    @Test
    void otherMembersSeeACardOnlyOnceItIsSubmitted() {
        String cluster = clusterWithScheme();
        long id = ScoringFixtures.scorecard(cluster, "42", Year.VALUE, ScoringFixtures.lines("I.1", "10", "I.2", "10", "II.1", "20"));
        Api.asProvince("22").get("/api/v1/scorecards/{id}", id).then().spec(problem(404, "not-found"));
        Api.asProvince("22").queryParam("cluster", cluster).get("/api/v1/scorecards")
                .then().statusCode(200).body("total", equalTo(0));
        Api.asProvince("42").get("/api/v1/scorecards/{id}", id).then().statusCode(200);
        ScoringFixtures.act(id, "submit");
        Api.asProvince("22").get("/api/v1/scorecards/{id}", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.asProvince("22").queryParam("cluster", cluster).get("/api/v1/scorecards")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void oneCardPerMemberAndYearAlsoWhenCreatedAtTheSameMoment() throws Exception {
        for (int round = 0; round < 3; round++) {
            String cluster = clusterWithScheme();
            Map<String, Object> body = ScoringFixtures.card(cluster, "42", Year.VALUE, ScoringFixtures.lines("I.1", "10"));
            List<Response> answers = Parallel.sortedByStatus(
                    () -> Api.asProvince("42").body(body).post("/api/v1/scorecards"),
                    () -> Api.as("central").body(body).post("/api/v1/scorecards"),
                    () -> Api.asProvince("42").body(body).post("/api/v1/scorecards"));
            answers.get(0).then().statusCode(201);
            answers.get(1).then().spec(problem(409, "conflict")).body("errors.field", contains("provinceCode"));
            answers.get(2).then().spec(problem(409, "conflict"));
            Api.as("central").queryParam("cluster", cluster).get("/api/v1/scorecards")
                    .then().statusCode(200).body("total", equalTo(1));
        }
    }

    @Test
    void theRankingOfTheYearCountsConfirmedCardsAndAppliesTheTieRuleInOrder() {
        String cluster = clusterWithScheme();
        // 38: 40 points, 3 criteria at maximum. 40: 40 points (a bonus makes up a lost point), 2 at maximum.
        // 42: 40 points, 2 at maximum, but fewer in group II than 40. 22: reviewed, not confirmed: not ranked.
        ScoringFixtures.confirmedScorecard(cluster, "38", Year.VALUE, "I.1", "10", "I.2", "10", "II.1", "20");
        ScoringFixtures.confirmedScorecard(cluster, "40", Year.VALUE, "I.1", "10", "I.2", "9", "II.1", "20", "T.1", "1");
        ScoringFixtures.confirmedScorecard(cluster, "42", Year.VALUE, "I.1", "10", "I.2", "10", "II.1", "19", "T.1", "2",
                "TR.1", "1");
        long pending = ScoringFixtures.scorecard(cluster, "22", Year.VALUE, ScoringFixtures.lines("I.1", "10", "I.2", "10", "II.1", "20", "T.1", "5"));
        ScoringFixtures.act(pending, "submit");
        ScoringFixtures.act(pending, "review");

        Api.asProvince("22").get("/api/v1/clusters/{code}/scores/{year}", cluster, Year.VALUE)
                .then().statusCode(200)
                .body("members", equalTo(4))
                .body("entries.provinceCode", contains("38", "40", "42"))
                .body("entries.rank", contains(1, 2, 3))
                .body("entries.totalPoints", contains(40, 40, 40))
                .body("entries[1].bonusPoints", equalTo(1))
                .body("entries[2].penaltyPoints", equalTo(1))
                .body("entries.maximumScores", contains(3, 2, 2))
                .body("entries[1].tieBreakerValues.value", contains(2, 20))
                .body("entries[2].tieBreakerValues.value", contains(2, 19))
                .body("leader.provinceCode", equalTo("38"))
                .body("firstPlaceShared", equalTo(false))
                .body("notConfirmed.provinceCode", contains("22"));

        String csv = Api.as("viewer").accept("text/csv").get("/api/v1/clusters/{code}/scores/{year}", cluster, Year.VALUE)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFFHạng,Mã tỉnh,Tỉnh,Tổng điểm"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\n1,38,Thanh Hóa,40,40,0,0,3,3,20\r\n"), csv);
    }

    @Test
    void membersEqualInPointsAndTieRuleShareTheRankAndNoOneLeads() {
        String cluster = clusterWithScheme();
        ScoringFixtures.confirmedScorecard(cluster, "38", Year.VALUE, "I.1", "10", "I.2", "8", "II.1", "20");
        ScoringFixtures.confirmedScorecard(cluster, "40", Year.VALUE, "I.1", "8", "I.2", "10", "II.1", "20");
        ScoringFixtures.confirmedScorecard(cluster, "42", Year.VALUE, "I.1", "8", "I.2", "8", "II.1", "20");
        Api.as("viewer").get("/api/v1/clusters/{code}/scores/{year}", cluster, Year.VALUE)
                .then().statusCode(200)
                .body("entries.rank", contains(1, 1, 3))
                .body("entries.provinceCode", contains("38", "40", "42"))
                .body("leader", nullValue())
                .body("firstPlaceShared", equalTo(true));
    }

    @Test
    void aClusterWithoutSchemeHasNoRanking() {
        String cluster = cluster();
        Api.as("viewer").get("/api/v1/clusters/{code}/scores/{year}", cluster, Year.VALUE)
                .then().spec(problem(404, "not-found"));
        Api.as("central").body(ScoringFixtures.card(cluster, "42", Year.VALUE, ScoringFixtures.lines("I.1", "10")))
                .post("/api/v1/scorecards")
                .then().spec(problem(422, "invalid-input")).body("errors.field", contains("clusterCode"));
    }
}
