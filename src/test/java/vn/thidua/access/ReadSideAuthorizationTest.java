package vn.thidua.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * The findings of the read-side review, one test each: what another province's officer may see of work
 * that was never submitted, whose officers act for which units after the 2025 merger, and the strictness
 * of requests and tokens.
 */
@QuarkusTest
class ReadSideAuthorizationTest {

    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";
    private static final String REPORTS = "/api/v1/reports";

    /** A fresh bloc in a fresh year: Thanh Hóa (38) heads it, Nghệ An (40) and Hà Tĩnh (42) are members. */
    private record Bloc(String code, int year) {
    }

    /** One bloc year for the class's fresh blocs: their nominees have names of their own. */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    private static Bloc bloc() {
        Bloc bloc = new Bloc(Fixtures.cluster("BLOC"), Year.VALUE);
        Fixtures.member(bloc.code(), bloc.year(), "38", "HEAD");
        Fixtures.member(bloc.code(), bloc.year(), "40", "MEMBER");
        Fixtures.member(bloc.code(), bloc.year(), "42", "MEMBER");
        return bloc;
    }

    private static Map<String, Object> recommendation(Bloc bloc, String proposer, String nominee, String nomineeProvince) {
        return Fixtures.recommendation(bloc.code(), bloc.year(), proposer, nominee, nomineeProvince);
    }

    private static long propose(String proposer, Map<String, Object> body) {
        return Api.asProvince(proposer).body(body).post(RECOMMENDATIONS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(String as, String path) {
        RequestSpecification request = as.length() == 2 ? Api.asProvince(as) : Api.as(as);
        return Api.etagOf(request.get(path).then().statusCode(200).extract().response());
    }

    private static ValidatableResponse act(RequestSpecification as, String etagReader, long id, String action, Object body) {
        return as.header("If-Match", etag(etagReader, RECOMMENDATIONS + "/" + id)).body(body)
                .post(RECOMMENDATIONS + "/{id}/{action}", id, action).then();
    }

    @Test
    void aDraftWithdrawnBeforeSubmissionStaysHiddenFromOtherProvinces() {
        Bloc bloc = bloc();
        long id = propose("40", recommendation(bloc, "40", "Lê Thị Thu", "40"));
        act(Api.asProvince("40"), "40", id, "withdraw", Map.of("note", "Rút để hoàn thiện hồ sơ.")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        Api.asProvince("42").get(RECOMMENDATIONS + "/{id}", id).then().spec(problem(404, "not-found"));
        Api.asProvince("42").get(RECOMMENDATIONS + "/{id}/history", id).then().spec(problem(404, "not-found"));
        Api.asProvince("42").queryParam("cluster", bloc.code()).get(RECOMMENDATIONS)
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        Api.asProvince("40").get(RECOMMENDATIONS + "/{id}", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}", id).then().statusCode(200);
    }

    @Test
    void aggregatesDoNotCountOtherProvincesUnsubmittedWork() {
        Bloc bloc = bloc();
        propose("40", recommendation(bloc, "40", "Phan Văn Hùng", "40"));
        Fixtures.report(bloc.code(), "40", bloc.year() + "-H1", Fixtures.values("BUDGET_REVENUE", "8200"));

        Map<String, Object> draftsByProvince = Map.of("cluster", bloc.code(), "year", bloc.year(), "status", "DRAFT",
                "groupBy", "province");
        Api.asProvince("42").queryParams(draftsByProvince).get("/api/v1/statistics/awards").then().statusCode(200)
                .body("rows", hasSize(0)).body("totals.recommendations.count", equalTo(0));
        Api.asProvince("40").queryParams(draftsByProvince).get("/api/v1/statistics/awards").then().statusCode(200)
                .body("rows[0].province", equalTo("40")).body("rows[0].count", equalTo(1));
        Api.as("central").queryParams(draftsByProvince).get("/api/v1/statistics/awards").then().statusCode(200)
                .body("totals.recommendations.count", equalTo(1));

        String summary = "/api/v1/clusters/" + bloc.code() + "/summaries/" + bloc.year() + "-H1";
        Api.asProvince("42").get(summary).then().statusCode(200)
                .body("members.draft", equalTo(0)).body("members.notStarted", equalTo(3))
                .body("missingMembers.find { it.provinceCode == '40' }.reportStatus", equalTo(null));
        Api.asProvince("40").get(summary).then().statusCode(200)
                .body("members.draft", equalTo(1)).body("members.notStarted", equalTo(2));
        Api.as("viewer").get(summary).then().statusCode(200).body("members.draft", equalTo(1));
    }

    @Test
    void aHiddenDraftNeitherBlocksAnotherProvinceNorRevealsItself() {
        Bloc bloc = bloc();
        // Nghệ An drafts a nominee of Hà Tĩnh; Hà Tĩnh, who cannot see that draft, nominates the same person.
        long hidden = propose("40", recommendation(bloc, "40", "Nguyễn Thị Mai", "42"));
        long own = propose("42", recommendation(bloc, "42", "Nguyễn Thị Mai", "42"));
        act(Api.asProvince("42"), "42", own, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));

        // Once one was submitted, the same nominee cannot be submitted again: a visible, explainable conflict.
        act(Api.asProvince("40"), "40", hidden, "submit", Map.of()).spec(problem(409, "conflict"));
        Api.asProvince("40").get(RECOMMENDATIONS + "/{id}", hidden).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void noVersionOrStateOfHiddenWorkLeaksThroughAConditionalWrite() {
        Bloc bloc = bloc();
        long draft = propose("40", recommendation(bloc, "40", "Hoàng Văn Nam", "40"));
        long report = Fixtures.report(bloc.code(), "40", bloc.year() + "-H1", Fixtures.values("BUDGET_REVENUE", "8200"));
        for (String ifMatch : List.of("\"0\"", "\"99\"")) {
            Api.asProvince("42").header("If-Match", ifMatch).body(Map.of())
                    .post(RECOMMENDATIONS + "/{id}/submit", draft).then().spec(problem(404, "not-found"));
            Api.asProvince("38").header("If-Match", ifMatch).body(Map.of("reason", "Bổ sung hồ sơ."))
                    .post(RECOMMENDATIONS + "/{id}/return", draft).then().spec(problem(404, "not-found"));
            Api.asProvince("38").header("If-Match", ifMatch).body(Map.of("note", "Tiếp nhận."))
                    .post(REPORTS + "/{id}/accept", report).then().spec(problem(404, "not-found"));
        }
        // Submitted work is visible, but a stale ETag does not tell an officer who may not act anything more.
        act(Api.asProvince("40"), "40", draft, "submit", Map.of()).statusCode(200);
        Api.asProvince("42").header("If-Match", "\"99\"").body(Map.of("reason", "Bổ sung hồ sơ."))
                .post(RECOMMENDATIONS + "/{id}/return", draft).then().spec(problem(403, "forbidden"));
    }

    @Test
    void aVoteWithTheLongestNoteAllowedIsRecordedWithItsTally() {
        Bloc bloc = bloc();
        long id = propose("40", recommendation(bloc, "40", "Trần Văn Bình", "40"));
        act(Api.asProvince("40"), "40", id, "submit", Map.of()).statusCode(200);
        String note = "Biên bản họp Cụm. ".repeat(200).substring(0, 2000);
        act(Api.asProvince("38"), "38", id, "vote", Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0,
                "votesAbstaining", 0, "note", note)).statusCode(200).body("status", equalTo("ENDORSED"));
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}/history", id).then().statusCode(200)
                .body("items.find { it.action == 'VOTE' }.note", endsWith("3 of 3 members present; 3 for, 0 against, 0 abstaining."));
    }

    @Test
    void anUnknownQueryParameterIsABadRequestNamingTheNearestKnownOne() {
        Api.invalidAs("viewer").queryParam("clusterCode", "DBSH").get(RECOMMENDATIONS).then()
                .spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo("clusterCode"))
                .body("errors[0].message", containsString("did you mean 'cluster'?"));
        Api.invalidAs("viewer").queryParam("year", 2023, 2024).get(RECOMMENDATIONS).then()
                .spec(problem(400, "bad-request"))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("given 2 times"));
        Api.invalidAs("viewer").queryParam("asof", "2023-07-26").get("/api/v1/provinces").then()
                .spec(problem(400, "bad-request"))
                .body("errors[0].message", containsString("did you mean 'asOf'?"));
        Api.as("viewer").queryParam("cluster", bloc().code()).get(RECOMMENDATIONS).then().statusCode(200);
    }

    @Test
    void authorityFollowsTheSuccession() {
        // 2024 (before the merger): Thái Bình (34) heads, Nam Định (36) deputises, Hưng Yên (33) and Nghệ An (40) are members.
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "34", "HEAD");
        Fixtures.member(cluster, year, "36", "DEPUTY");
        Fixtures.member(cluster, year, "33", "MEMBER");
        Fixtures.member(cluster, year, "40", "MEMBER");
        Bloc bloc = new Bloc(cluster, year);

        // Today's Ninh Bình (37) acts for Nam Định's records; codes that name no unit today are refused everywhere.
        long namDinh = propose("37", recommendation(bloc, "36", "Vũ Thị Lan", "36"));
        Api.asProvince("37").get(RECOMMENDATIONS + "/{id}", namDinh).then().statusCode(200)
                .body("proposingProvince.code", equalTo("36"));
        for (String retired : List.of("36", "34", "35", "27")) {
            Api.asProvince(retired).get("/api/v1/provinces").then().spec(problem(403, "forbidden"))
                    .body("detail", containsString("names no provincial-level unit today"))
                    .body("detail", containsString("successor"));
        }
        Api.asProvince("36").get("/api/v1/provinces").then().body("detail", containsString("Tỉnh Ninh Bình (37)"));
        act(Api.asProvince("37"), "37", namDinh, "submit", Map.of()).statusCode(200);

        // Thái Bình's head role passes to today's Hưng Yên (33): it votes on Nam Định's nomination ...
        act(Api.asProvince("33"), "33", namDinh, "vote", Map.of("membersPresent", 4, "votesFor", 4, "votesAgainst", 0,
                "votesAbstaining", 0)).statusCode(200).body("status", equalTo("ENDORSED"));
        Fixtures.attachDossier(namDinh);
        act(Api.asProvince("33"), "33", namDinh, "forward", Map.of()).statusCode(200);

        // ... but never on its own: old Hưng Yên's and Thái Bình's work is today's Hưng Yên's, so a deputy decides.
        for (String proposer : List.of("33", "34")) {
            long own = propose("33", recommendation(bloc, proposer, "Đặng Văn Sơn " + proposer, proposer));
            act(Api.asProvince("33"), "33", own, "submit", Map.of()).statusCode(200);
            act(Api.asProvince("33"), "33", own, "forward", Map.of()).spec(problem(403, "forbidden"))
                    .body("detail", containsString("your own province's"));
            act(Api.asProvince("40"), "40", own, "return", Map.of("reason", "Bổ sung.")).spec(problem(403, "forbidden"));
            act(Api.asProvince("37"), "37", own, "return", Map.of("reason", "Đề nghị bổ sung xác nhận."))
                    .statusCode(200).body("status", equalTo("RETURNED"));
        }

        // The head's own report is accepted by a deputy province, not by the head.
        long report = Fixtures.report(cluster, "33", year + "-H1", Fixtures.values("BUDGET_REVENUE", "8200"));
        String etag = etag("33", REPORTS + "/" + report);
        Api.asProvince("33").header("If-Match", etag).body(Map.of()).post(REPORTS + "/{id}/submit", report).then().statusCode(200);
        Api.asProvince("33").header("If-Match", etag("33", REPORTS + "/" + report)).body(Map.of("note", "Tiếp nhận."))
                .post(REPORTS + "/{id}/accept", report).then().spec(problem(403, "forbidden"));
        Api.asProvince("37").header("If-Match", etag("37", REPORTS + "/" + report)).body(Map.of("note", "Tiếp nhận."))
                .post(REPORTS + "/{id}/accept", report).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void tokensMustBeMeantForThisServiceAndExpire() throws Exception {
        String noAudience = Jwt.issuer(Api.ISSUER).subject("test-viewer").groups("viewer").expiresIn(Duration.ofHours(1)).sign();
        String otherAudience = Jwt.issuer(Api.ISSUER).audience("another-service").subject("test-viewer").groups("viewer")
                .expiresIn(Duration.ofHours(1)).sign();
        for (String token : List.of(noAudience, otherAudience)) {
            Api.withToken(token).get("/api/v1/provinces").then().spec(problem(401, "unauthorized"));
        }
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"" + Api.ISSUER + "\",\"aud\":\"" + Api.AUDIENCE + "\",\"sub\":\"test-viewer\","
                + "\"groups\":[\"viewer\"],\"iat\":" + now;
        Api.withToken(signedAsIs(claims + ",\"exp\":" + (now + 3600) + "}")).get("/api/v1/provinces").then().statusCode(200);
        Api.withToken(signedAsIs(claims + "}")).get("/api/v1/provinces").then().spec(problem(401, "unauthorized"));
    }

    /** A token signed with the dev key as given, without the claims a token builder would add (exp). */
    private static String signedAsIs(String claimsJson) throws Exception {
        java.util.Base64.Encoder url = java.util.Base64.getUrlEncoder().withoutPadding();
        String pem = java.nio.file.Files.readString(java.nio.file.Path.of("dev/jwt/privateKey.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.PrivateKey key = java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
        String signingInput = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + url.encodeToString(claimsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(signingInput.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return signingInput + "." + url.encodeToString(rs256.sign());
    }
}
