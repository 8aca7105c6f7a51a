package vn.thidua.award;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Clusters, recommendations and workflow steps for award tests, made through the API in a fresh cluster and year. */
final class AwardFixtures {

    /** Units unchanged by the 2025 merger, so that their officers act today; the first is made HEAD. */
    static final List<String> PROVINCES = List.of("38", "42", "40", "20", "14", "11", "12", "04", "22");
    static final String PATH = "/api/v1/award-recommendations";

    private AwardFixtures() {
    }

    /** A fresh bloc in a year no other award test uses, with this many members; Thanh Hóa (38) is the head. */
    record Setting(String cluster, int year) {
    }

    static Setting cluster(int members) {
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        for (int i = 0; i < members; i++) {
            Fixtures.member(cluster, year, PROVINCES.get(i), i == 0 ? "HEAD" : "MEMBER");
        }
        return new Setting(cluster, year);
    }

    /** A valid body: the province proposes its own nominee, for merit, with no movement. */
    static Map<String, Object> body(Setting s, String awardType, String nomineeKind, String nomineeName, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterCode", s.cluster());
        body.put("year", s.year());
        body.put("awardTypeCode", awardType);
        body.put("kind", "MERIT");
        body.put("nomineeKind", nomineeKind);
        body.put("nomineeName", nomineeName);
        body.put("nomineeProvinceCode", province);
        body.put("proposingProvinceCode", province);
        body.put("achievements", "Hoàn thành xuất sắc nhiệm vụ năm " + s.year() + ".");
        return body;
    }

    static long create(Map<String, Object> body) {
        return Api.asProvince((String) body.get("proposingProvinceCode")).body(body).post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String etag(long id) {
        return Api.etagOf(Api.as("viewer").get(PATH + "/{id}", id).then().statusCode(200).extract().response());
    }

    /** Takes a workflow action with the current ETag. */
    static ValidatableResponse act(RequestSpecification as, long id, String action, Object body) {
        return as.header("If-Match", etag(id)).body(body).post(PATH + "/{id}/{action}", id, action).then();
    }

    static Map<String, Object> vote(int present, int votesFor, int against, int abstaining) {
        return Map.of("membersPresent", present, "votesFor", votesFor, "votesAgainst", against, "votesAbstaining", abstaining);
    }

    static Map<String, Object> approval(String number, String date) {
        return Map.of("outcome", "APPROVED", "decisionNumber", number, "decisionDate", date,
                "decidingAuthority", "Thủ tướng Chính phủ");
    }

    /** Submits (as the proposer) and endorses (as the head, all members present and for). */
    static void endorse(long id, String proposer, int members) {
        act(Api.asProvince(proposer), id, "submit", Map.of()).statusCode(200);
        act(Api.asProvince("38"), id, "vote", vote(members, members, 0, 0)).statusCode(200);
    }

    /** Takes the recommendation through submit, vote, forward and an approval with this decision. */
    static void approve(long id, String proposer, int members, String number, String date) {
        endorse(id, proposer, members);
        Fixtures.attachDossier(id);
        act(Api.asProvince("38"), id, "forward", Map.of()).statusCode(200);
        act(Api.as("central"), id, "decide", approval(number, date)).statusCode(200);
    }
}
