package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.award.AwardFixtures.PATH;
import static vn.thidua.award.AwardFixtures.act;
import static vn.thidua.award.AwardFixtures.approval;
import static vn.thidua.award.AwardFixtures.approve;
import static vn.thidua.award.AwardFixtures.body;
import static vn.thidua.award.AwardFixtures.cluster;
import static vn.thidua.award.AwardFixtures.create;
import static vn.thidua.award.AwardFixtures.endorse;
import static vn.thidua.award.AwardFixtures.etag;
import static vn.thidua.award.AwardFixtures.vote;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardFixtures.Setting;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class AwardRecommendationResourceTest {

    @Test
    void aProvinceProposesADraftThatKeepsItsVietnameseText() {
        Setting s = cluster(3);
        Map<String, Object> body = body(s, "PM_CERTIFICATE_OF_MERIT", "COLLECTIVE", "Công ty TNHH FrieslandCampina Hà Nam", "40");
        body.put("kind", "THEMATIC");
        body.put("movementCode", "NONG-THON-MOI");
        body.put("nomineeOrganisation", "Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam");
        var created = Api.asProvince("40").body(body).post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("allowedActions", contains("submit", "withdraw"))
                .body("clusterCode", equalTo(s.cluster()))
                .body("year", equalTo(s.year()))
                .body("awardType.code", equalTo("PM_CERTIFICATE_OF_MERIT"))
                .body("awardType.name", equalTo("Bằng khen của Thủ tướng Chính phủ"))
                .body("kind", equalTo("THEMATIC"))
                .body("nomineeName", equalTo("Công ty TNHH FrieslandCampina Hà Nam"))
                .body("nomineeProvince.name", equalTo("Nghệ An"))
                .body("proposingProvince.code", equalTo("40"))
                .body("movement.name", equalTo("Cả nước chung sức xây dựng nông thôn mới"))
                .body("directWorker", equalTo(false))
                .body("vote", nullValue())
                .extract().response();
        Api.as("viewer").get(created.header("Location"))
                .then().statusCode(200)
                .body("nomineeOrganisation", equalTo("Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam"));
    }

    @Test
    void theNomineeKindMustBeOneTheAwardTypeAllows() {
        Setting s = cluster(3);
        Api.asProvince("42").body(body(s, "CULTURAL_FAMILY", "INDIVIDUAL", "Nguyễn Văn Bình", "42")).post(PATH)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("nomineeKind"))
                .body("detail", containsString("HOUSEHOLD"));
    }

    @Test
    void theGovernmentEmulationFlagGoesToCollectivesOnly() {
        Setting s = cluster(3);
        Api.asProvince("42").body(body(s, "GOV_EMULATION_FLAG", "INDIVIDUAL", "Nguyễn Văn Bình", "42")).post(PATH)
                .then().statusCode(422)
                .body("errors.field", contains("nomineeKind"))
                .body("detail", containsString("[COLLECTIVE] only"));
    }

    @Test
    void onlyAnIndividualCanBeADirectWorker() {
        Setting s = cluster(3);
        Map<String, Object> body = body(s, "PM_CERTIFICATE_OF_MERIT", "COLLECTIVE", "Hợp tác xã Nông nghiệp Giao Thủy", "42");
        body.put("directWorker", true);
        Api.asProvince("42").body(body).post(PATH)
                .then().statusCode(422).body("errors.field", contains("directWorker"));
    }

    @Test
    void theProposingProvinceMustBeAMemberThatYear() {
        Setting s = cluster(3);
        Map<String, Object> body = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42");
        body.put("proposingProvinceCode", "31");
        Api.as("central").body(body).post(PATH)
                .then().statusCode(422)
                .body("errors.field", contains("proposingProvinceCode"))
                .body("detail", containsString("Thành phố Hải Phòng (31) is not a member of cluster " + s.cluster()));
    }

    @Test
    void theNomineesProvinceMustBeAMemberThatYear() {
        Setting s = cluster(3);
        Map<String, Object> body = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42");
        body.put("nomineeProvinceCode", "20");
        Api.asProvince("42").body(body).post(PATH)
                .then().statusCode(422)
                .body("errors.field", contains("nomineeProvinceCode"))
                .body("detail", containsString("Tỉnh Lạng Sơn (20) is not a member"));
    }

    @Test
    void aProvinceProposesForItselfOnly() {
        Setting s = cluster(3);
        Api.asProvince("40").body(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42")).post(PATH)
                .then().statusCode(403)
                .body("type", equalTo("urn:thidua:problem:forbidden"));
    }

    @Test
    void theSameNomineeTwiceForTheSameAwardAndYearConflictsWhenSubmitted() {
        Setting s = cluster(3);
        long first = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        long second = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "NGUYEN VAN BINH", "42"));
        act(Api.asProvince("42"), first, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("42"), second, "submit", Map.of()).statusCode(409)
                .body("type", equalTo("urn:thidua:problem:conflict"))
                .body("errors.field", contains("nomineeName"))
                .body("detail", containsString("already recommended for this award in that year"));
        // Another award, or another year's cluster, is another recommendation.
        create(body(s, "NATIONAL_EMULATION_FIGHTER", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
    }

    @Test
    void theSameNomineeSubmittedTwiceAtOnceIsSubmittedOnce() throws Exception {
        Setting s = cluster(3);
        Map<String, Object> body = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Đặng Thị Thu", "42");
        List<Long> drafts = List.of(create(body), create(body));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (long draft : drafts) {
                String etag = etag(draft);
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.asProvince("42").header("If-Match", etag).body(Map.of())
                            .post(PATH + "/{id}/submit", draft).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("q", "dang thi thu").queryParam("status", "SUBMITTED")
                .get(PATH).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aWithdrawnNomineeCanBeRecommendedAgain() {
        Setting s = cluster(3);
        long first = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Hoàng Văn Nam", "42"));
        act(Api.asProvince("42"), first, "withdraw", Map.of("note", "Hoàn thiện hồ sơ")).statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("allowedActions", empty());
        create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Hoàng Văn Nam", "42"));
    }

    @Test
    void voteNumbersMustAddUp() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(3, 2, 0, 0)).statusCode(422)
                .body("errors.field", contains("membersPresent"))
                .body("detail", containsString("2 + 0 + 0 = 2"));
        Api.as("viewer").get(PATH + "/{id}", id).then().body("status", equalTo("SUBMITTED")).body("vote", nullValue());
    }

    @Test
    void noMoreMembersPresentThanTheClusterHas() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(4, 4, 0, 0)).statusCode(422)
                .body("errors.field", contains("membersPresent"))
                .body("detail", containsString("has 3 members"));
    }

    @Test
    void twoThirdsPresentAndAMajorityForEndorse() {
        Setting s = cluster(9);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(6, 4, 1, 1)).statusCode(200)
                .body("status", equalTo("ENDORSED"))
                .body("vote.membersPresent", equalTo(6))
                .body("vote.votesFor", equalTo(4))
                .body("allowedActions", contains("forward", "withdraw"));
    }

    @Test
    void lessThanTwoThirdsPresentIsNotEndorsed() {
        Setting s = cluster(9);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(5, 5, 0, 0)).statusCode(200)
                .body("status", equalTo("NOT_ENDORSED"))
                .body("allowedActions", empty());
    }

    @Test
    void theQuorumRoundsUp() {
        // 4 members: two thirds is 2.67, so 3 must be present.
        Setting s = cluster(4);
        long enough = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        long tooFew = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Thị Cúc", "42"));
        act(Api.asProvince("42"), enough, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("42"), tooFew, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), enough, "vote", vote(3, 2, 1, 0)).statusCode(200).body("status", equalTo("ENDORSED"));
        act(Api.asProvince("38"), tooFew, "vote", vote(2, 2, 0, 0)).statusCode(200).body("status", equalTo("NOT_ENDORSED"));
    }

    @Test
    void halfOfThosePresentIsNoMajority() {
        Setting s = cluster(6);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(6, 3, 2, 1)).statusCode(200).body("status", equalTo("NOT_ENDORSED"));
    }

    @Test
    void onlyTheHeadOfThatYearRecordsTheVote() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("40"), id, "vote", vote(3, 3, 0, 0)).statusCode(403)
                .body("detail", containsString("Only officers of the head of cluster " + s.cluster() + " in " + s.year()
                        + " (Tỉnh Thanh Hóa (38)),"));
        act(Api.as("viewer"), id, "vote", vote(3, 3, 0, 0)).statusCode(403);
        act(Api.as("central"), id, "vote", vote(3, 3, 0, 0)).statusCode(200).body("status", equalTo("ENDORSED"));
    }

    @Test
    void aClusterEndorsesOneFlagNomineeAYear() {
        Setting s = cluster(3);
        long namDinh = create(body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Nam Định", "42"));
        long haNam = create(body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Hà Nam", "40"));
        endorse(namDinh, "42", 3);
        act(Api.asProvince("40"), haNam, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), haNam, "vote", vote(3, 3, 0, 0)).statusCode(409)
                .body("type", equalTo("urn:thidua:problem:conflict"))
                .body("detail", containsString("at most one per year"));
        Api.as("viewer").get(PATH + "/{id}", haNam).then().body("status", equalTo("SUBMITTED"));
        // A failed vote does not take the cluster's one endorsement.
        act(Api.asProvince("38"), haNam, "vote", vote(3, 1, 2, 0)).statusCode(200).body("status", equalTo("NOT_ENDORSED"));
    }

    @Test
    void theHeadForwardsAnEndorsedRecommendation() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        endorse(id, "42", 3);
        act(Api.asProvince("42"), id, "forward", Map.of()).statusCode(403);
        Fixtures.attachDossier(id);
        act(Api.asProvince("38"), id, "forward", Map.of("note", "Tờ trình của Cụm trưởng")).statusCode(200)
                .body("status", equalTo("FORWARDED"))
                .body("allowedActions", contains("decide"));
    }

    @Test
    void anApprovalNeedsTheDecisionNumberAndDate() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        endorse(id, "42", 3);
        Fixtures.attachDossier(id);
        act(Api.asProvince("38"), id, "forward", Map.of()).statusCode(200);
        act(Api.as("central"), id, "decide", Map.of("outcome", "APPROVED", "decidingAuthority", "Thủ tướng Chính phủ"))
                .statusCode(422)
                .body("type", equalTo("urn:thidua:problem:invalid-input"))
                .body("errors.field", contains("decisionDate", "decisionNumber"));
        act(Api.as("central"), id, "decide", approval("1234/QĐ-TTg", "2999-01-01")).statusCode(422)
                .body("errors.field", contains("decisionDate"));
        Api.as("viewer").get(PATH + "/{id}", id).then().body("status", equalTo("FORWARDED"));
    }

    @Test
    void centralStaffApproveWithTheDecisionAndTheDecisionIsFinal() {
        Setting s = cluster(3);
        long id = create(body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Nam Định", "42"));
        approve(id, "42", 3, "1234/QĐ-TTg", "2024-10-14");
        Api.as("viewer").get(PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision.number", equalTo("1234/QĐ-TTg"))
                .body("decision.date", equalTo("2024-10-14"))
                .body("decision.authority", equalTo("Thủ tướng Chính phủ"))
                .body("allowedActions", empty());
        act(Api.as("central"), id, "decide", approval("1235/QĐ-TTg", "2024-10-15")).statusCode(409)
                .body("allowedActions", nullValue())
                .body("detail", containsString("No action is possible"));
        act(Api.asProvince("42"), id, "withdraw", Map.of()).statusCode(409);
    }

    @Test
    void aRejectionNeedsAReason() {
        Setting s = cluster(3);
        long id = create(body(s, "NATIONAL_EMULATION_FIGHTER", "INDIVIDUAL", "Vũ Đức Minh", "42"));
        endorse(id, "42", 3);
        Fixtures.attachDossier(id);
        act(Api.asProvince("38"), id, "forward", Map.of()).statusCode(200);
        act(Api.as("central"), id, "decide", Map.of("outcome", "REJECTED")).statusCode(422)
                .body("errors.field", contains("reason"));
        act(Api.as("central"), id, "decide", Map.of("outcome", "REJECTED",
                        "reason", "Chưa có sáng kiến được công nhận, áp dụng trong phạm vi toàn quốc.")).statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("Chưa có sáng kiến được công nhận, áp dụng trong phạm vi toàn quốc."))
                .body("decision", nullValue());
    }

    @Test
    void anAdminCannotDecide() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        endorse(id, "42", 3);
        Fixtures.attachDossier(id);
        act(Api.asProvince("38"), id, "forward", Map.of()).statusCode(200);
        act(Api.as("admin"), id, "decide", approval("1234/QĐ-TTg", "2024-10-14")).statusCode(403)
                .body("type", equalTo("urn:thidua:problem:forbidden"));
        act(Api.asProvince("38"), id, "decide", approval("1234/QĐ-TTg", "2024-10-14")).statusCode(403);
        Api.as("viewer").get(PATH + "/{id}", id).then().body("status", equalTo("FORWARDED"));
    }

    @Test
    void theHeadReturnsWithAReasonAndTheProposerCorrectsAndSubmitsAgain() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Văn Hùng", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.invalidAs("province").header("If-Match", etag(id)).body(Map.of()).post(PATH + "/{id}/return", id)
                .then().statusCode(422).body("errors.field", contains("reason"));
        act(Api.asProvince("38"), id, "return", Map.of("reason", "Bổ sung xác nhận của Sở Nội vụ.")).statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("reason", equalTo("Bổ sung xác nhận của Sở Nội vụ."))
                .body("allowedActions", contains("submit", "withdraw"));
        Map<String, Object> corrected = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Văn Hùng", "42");
        corrected.remove("clusterCode");
        corrected.remove("year");
        corrected.remove("proposingProvinceCode");
        corrected.put("achievements", "Dẫn đầu phong trào sản xuất lúa chất lượng cao; có xác nhận của Sở Nội vụ.");
        Api.asProvince("42").header("If-Match", etag(id)).body(corrected).put(PATH + "/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("achievements", equalTo("Dẫn đầu phong trào sản xuất lúa chất lượng cao; có xác nhận của Sở Nội vụ."));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("reason", nullValue());
    }

    @Test
    void anotherProvinceCannotEditOrSubmit() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        // Returned for correction: editable, and visible to the other members since it was submitted once.
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "return", Map.of("reason", "Bổ sung minh chứng.")).statusCode(200);
        Map<String, Object> changed = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42");
        changed.remove("clusterCode");
        changed.remove("year");
        changed.remove("proposingProvinceCode");
        Api.asProvince("40").header("If-Match", etag(id)).body(changed).put(PATH + "/{id}", id)
                .then().statusCode(403)
                .body("detail", containsString("Only officers of Tỉnh Hà Tĩnh (42)"));
        act(Api.asProvince("40"), id, "submit", Map.of()).statusCode(403);
        act(Api.asProvince("40"), id, "withdraw", Map.of()).statusCode(403);
        Api.as("viewer").get(PATH + "/{id}", id).then().body("status", equalTo("RETURNED"));
    }

    @Test
    void aSubmittedRecommendationCannotBeEdited() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        Map<String, Object> changed = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42");
        changed.remove("clusterCode");
        changed.remove("year");
        changed.remove("proposingProvinceCode");
        Api.asProvince("42").header("If-Match", etag(id)).body(changed).put(PATH + "/{id}", id)
                .then().statusCode(409)
                .body("allowedActions", contains("return", "vote", "withdraw"));
    }

    @Test
    void theProposerWithdrawsUntilItIsForwarded() {
        Setting s = cluster(3);
        long endorsed = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        endorse(endorsed, "42", 3);
        act(Api.asProvince("42"), endorsed, "withdraw", Map.of("note", "Đơn vị xin rút hồ sơ.")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        long forwarded = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Thị Cúc", "42"));
        endorse(forwarded, "42", 3);
        Fixtures.attachDossier(forwarded);
        act(Api.asProvince("38"), forwarded, "forward", Map.of()).statusCode(200);
        act(Api.asProvince("42"), forwarded, "withdraw", Map.of()).statusCode(409)
                .body("allowedActions", contains("decide"))
                .body("detail", containsString("FORWARDED"));
    }

    @Test
    void anActionTheStateDoesNotAllowNamesTheAllowedOnes() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        act(Api.as("central"), id, "forward", Map.of()).statusCode(409)
                .body("type", equalTo("urn:thidua:problem:conflict"))
                .body("allowedActions", contains("submit", "withdraw"))
                .body("detail", endsWith("Allowed now: submit, withdraw."));
        act(Api.as("central"), id, "vote", vote(3, 3, 0, 0)).statusCode(409)
                .body("allowedActions", contains("submit", "withdraw"));
    }

    @Test
    void actionsNeedTheCurrentETag() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42"));
        String old = etag(id);
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        Api.asProvince("42").header("If-Match", old).body(Map.of()).post(PATH + "/{id}/withdraw", id)
                .then().statusCode(412).body("type", equalTo("urn:thidua:problem:stale-version"));
        Api.invalidAs("central").body(Map.of()).post(PATH + "/{id}/withdraw", id)
                .then().statusCode(428);
    }

    @Test
    void theHistoryListsEveryActionWithItsActor() {
        Setting s = cluster(3);
        long id = create(body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Nam Định", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of("note", "Gửi hồ sơ kèm tờ trình.")).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(3, 2, 1, 0)).statusCode(200);
        Fixtures.attachDossier(id);
        act(Api.asProvince("38"), id, "forward", Map.of()).statusCode(200);
        act(Api.as("central"), id, "decide", approval("1234/QĐ-TTg", "2024-10-14")).statusCode(200);
        Api.as("viewer").get(PATH + "/{id}/history", id)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.action", contains("CREATE", "SUBMIT", "VOTE", "FORWARD", "DECIDE"))
                .body("items.toStatus", contains("DRAFT", "SUBMITTED", "ENDORSED", "FORWARDED", "APPROVED"))
                .body("items[0].fromStatus", nullValue())
                .body("items.actor.role", contains("province", "province", "province", "province", "central"))
                .body("items.actor.provinceCode", contains("42", "42", "38", "38", null))
                .body("items.actor.subject", contains("test-province@thidua.dev.local", "test-province@thidua.dev.local",
                        "test-province@thidua.dev.local", "test-province@thidua.dev.local", "test-central@thidua.dev.local"))
                .body("items[1].note", equalTo("Gửi hồ sơ kèm tờ trình."))
                .body("items[2].note", equalTo("3 of 3 members present; 2 for, 1 against, 0 abstaining."))
                .body("items[4].note", containsString("1234/QĐ-TTg"))
                .body("items[0].at", notNullValue());
    }

    @Test
    void theListFiltersByEachCriterion() {
        Setting s = cluster(3);
        long flag = create(body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Nam Định", "42"));
        Map<String, Object> adHoc = body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Văn Hùng", "40");
        adHoc.put("kind", "AD_HOC");
        long hung = create(adHoc);
        long cuc = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Thị Cúc", "42"));
        act(Api.asProvince("42"), cuc, "submit", Map.of()).statusCode(200);

        String path = PATH;
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("year", s.year()).get(path)
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.id", contains((int) cuc, (int) hung, (int) flag));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("status", "SUBMITTED").get(path)
                .then().body("items.id", contains((int) cuc));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("awardType", "GOV_EMULATION_FLAG").get(path)
                .then().body("items.id", contains((int) flag));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("kind", "AD_HOC").get(path)
                .then().body("items.id", contains((int) hung));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("year", s.year()).queryParam("province", "40").get(path)
                .then().body("items.id", contains((int) hung));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("q", "TRAN").get(path)
                .then().body("items.id", contains((int) cuc, (int) hung));
        Api.as("viewer").queryParam("year", s.year() + 1).queryParam("cluster", s.cluster()).get(path)
                .then().body("total", equalTo(0));
        Api.as("viewer").queryParam("cluster", "KHONG-CO").get(path).then().statusCode(404);
    }

    @Test
    void theNameSearchIgnoresDiacriticsAndCase() {
        Setting s = cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Đỗ Thị Mai", "42"));
        for (String q : new String[] {"do thi mai", "ĐỖ THỊ MAI", "thi mai", "Đỗ"}) {
            Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("q", q).get(PATH)
                    .then().statusCode(200).body("items.id", contains((int) id)).body("items[0].nomineeName", equalTo("Đỗ Thị Mai"));
        }
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("q", "%").get(PATH).then().body("total", equalTo(0));
    }

    @Test
    void aProvincesAwardRecordListsItsApprovedAwardsNewestDecisionFirst() {
        // Nam Định (36), a unit until the 2025 merger, proposes through today's Ninh Bình (37), which took it over.
        Setting s = cluster(3);
        vn.thidua.support.Fixtures.member(s.cluster(), s.year(), "36", "MEMBER");
        long flag = createAs("37", body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Nam Định", "36"));
        long person = createAs("37", body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Văn Hùng", "36"));
        long draft = createAs("37", body(s, "NATIONAL_EMULATION_FIGHTER", "INDIVIDUAL", "Trần Văn Hùng", "36"));
        approve(flag, "37", 4, "1234/QĐ-TTg", "2024-10-14");
        approve(person, "37", 4, "5678/QĐ-TTg", "2024-07-02");
        Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("year", s.year()).get("/api/v1/provinces/36/awards")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains((int) flag, (int) person))
                .body("items.decision.date", contains("2024-10-14", "2024-07-02"));
        // Nam Định merged into Ninh Bình on 2025-07-01: today's 37 carries its awards.
        Api.as("viewer").queryParam("year", s.year()).get("/api/v1/provinces/37/awards")
                .then().statusCode(200)
                .body("items.id", contains((int) flag, (int) person))
                .body("items[0].nomineeProvince.name", equalTo("Nam Định"));
        Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("year", s.year()).get("/api/v1/provinces/35/awards")
                .then().statusCode(200).body("total", equalTo(0));
        Api.as("viewer").get(PATH + "/{id}", draft).then().body("status", equalTo("DRAFT"));
    }

    private static long createAs(String officer, Map<String, Object> body) {
        return Api.asProvince(officer).body(body).post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aViewerReadsButCannotPropose() {
        Setting s = cluster(3);
        Api.as("viewer").body(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Bình", "42")).post(PATH)
                .then().statusCode(403);
        Api.as("viewer").get(PATH + "/{id}", 999_999_999).then().statusCode(404)
                .body("type", equalTo("urn:thidua:problem:not-found"));
    }
}
