package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.ScoringFixtures;

/**
 * Who may change what: every write operation of the contract (each POST, PUT, PATCH and DELETE, by
 * operationId) for each kind of caller, with the status the policy gives. Each row builds its own
 * data (a fresh bloc with Thanh Hóa (38) as head and Nghệ An (40), Hà Tĩnh (42) as members, and the
 * report or recommendation in the state the operation needs), sends a request that is otherwise
 * correct (contract-valid body, current If-Match), and checks the answer. A refusal must leave the
 * resource as it was.
 *
 * <p>{@link #everyWriteOperationOfTheContractHasRowsInTheMatrix()} reads the served contract: a new
 * write operation without rows here fails the build.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The callers of the matrix. Provinces are named by their part in the row's cluster. */
    enum Caller {
        ADMIN("admin", null),
        CENTRAL("central", null),
        VIEWER("viewer", null),
        /** An officer of Thanh Hóa (38): the head of the row's cluster, for reference data that concerns it. */
        PROVINCE("province", "38"),
        /** An officer of the province that owns the report or recommendation (Nghệ An, 40, a member). */
        PROVINCE_OWN("province", "40"),
        /** An officer of another member of the same cluster (Hà Tĩnh, 42), neither owner nor head. */
        PROVINCE_OTHER("province", "42"),
        /** An officer of the province that heads the row's cluster that year (Thanh Hóa, 38). */
        PROVINCE_HEAD("province", "38"),
        /** An officer of Lạng Sơn (20), head of another cluster that year, not a member of this one. */
        PROVINCE_HEAD_ELSEWHERE("province", "20"),
        /** A token for Hà Nam (35), a code that names no unit today (it merged into Ninh Bình, 37, in 2025). */
        PROVINCE_RETIRED("province", "35");

        final String role;
        final String province;

        Caller(String role, String province) {
            this.role = role;
            this.province = province;
        }

        RequestSpecification request() {
            return province == null ? Api.as(role) : Api.asProvince(province);
        }
    }

    /** One row: this caller sends this operation and gets this status. */
    record Row(String operationId, Caller caller, int status) {
    }

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;
    private static final int FORBIDDEN = 403;
    /** Another province's work that was never submitted does not exist for the caller. */
    private static final int NOT_FOUND = 404;

    /** The table. Reading it is reading the policy. */
    static List<Row> table() {
        List<Row> rows = new ArrayList<>();

        // Reference data (provinces, clusters, memberships) and movements: admin and central staff.
        for (String[] op : new String[][] {
                {"createProvince", "201"}, {"correctProvince", "200"},
                {"createCluster", "201"}, {"updateCluster", "200"}, {"deleteCluster", "204"},
                {"addMembership", "201"}, {"changeMembershipRole", "200"}, {"removeMembership", "204"},
                {"createMovement", "201"}, {"updateMovement", "200"}}) {
            int allowed = Integer.parseInt(op[1]);
            rows.add(new Row(op[0], Caller.ADMIN, allowed));
            rows.add(new Row(op[0], Caller.CENTRAL, allowed));
            rows.add(new Row(op[0], Caller.VIEWER, FORBIDDEN));
            rows.add(new Row(op[0], Caller.PROVINCE, FORBIDDEN));
        }

        // The catalogs of indicators and award types: admins only.
        for (String[] op : new String[][] {
                {"addIndicator", "201"}, {"replaceIndicator", "200"},
                {"createAwardType", "201"}, {"updateAwardType", "200"}}) {
            rows.add(new Row(op[0], Caller.ADMIN, Integer.parseInt(op[1])));
            rows.add(new Row(op[0], Caller.CENTRAL, FORBIDDEN));
            rows.add(new Row(op[0], Caller.VIEWER, FORBIDDEN));
            rows.add(new Row(op[0], Caller.PROVINCE, FORBIDDEN));
        }

        // A province's own reports and recommendations: written, submitted and withdrawn by its officers or central
        // staff. Creating in another province's name is forbidden; a draft of another province is not even there.
        for (String[] op : new String[][] {
                {"createReport", "201"}, {"updateReport", "200"}, {"submitReport", "200"},
                {"createAwardRecommendation", "201"}, {"updateAwardRecommendation", "200"},
                {"submitAwardRecommendation", "200"}, {"withdrawAwardRecommendation", "200"},
                // The dossiers of drafts: the same rule (the cluster's documents after submission: DossierTest).
                {"uploadAwardRecommendationDocument", "201"}, {"uploadReportDocument", "201"},
                {"replaceDocument", "200"}, {"deleteDocument", "204"}}) {
            int allowed = Integer.parseInt(op[1]);
            int othersGet = op[0].startsWith("create") ? FORBIDDEN : NOT_FOUND;
            rows.add(new Row(op[0], Caller.PROVINCE_OWN, allowed));
            rows.add(new Row(op[0], Caller.CENTRAL, allowed));
            rows.add(new Row(op[0], Caller.PROVINCE_OTHER, othersGet));
            rows.add(new Row(op[0], Caller.PROVINCE_HEAD, othersGet));
            rows.add(new Row(op[0], Caller.ADMIN, FORBIDDEN));
            rows.add(new Row(op[0], Caller.VIEWER, FORBIDDEN));
        }

        // Head actions: the head province of that cluster that year, or central staff.
        for (String op : List.of("acceptReport", "returnReport",
                "returnAwardRecommendation", "voteOnAwardRecommendation", "forwardAwardRecommendation")) {
            rows.add(new Row(op, Caller.PROVINCE_HEAD, OK));
            rows.add(new Row(op, Caller.CENTRAL, OK));
            rows.add(new Row(op, Caller.PROVINCE_OWN, FORBIDDEN));
            rows.add(new Row(op, Caller.PROVINCE_OTHER, FORBIDDEN));
            rows.add(new Row(op, Caller.PROVINCE_HEAD_ELSEWHERE, FORBIDDEN));
            rows.add(new Row(op, Caller.ADMIN, FORBIDDEN));
            rows.add(new Row(op, Caller.VIEWER, FORBIDDEN));
        }

        // A member's own scorecard: like its reports.
        for (String[] op : new String[][] {
                {"createScorecard", "201"}, {"updateScorecard", "200"}, {"submitScorecard", "200"}}) {
            int allowed = Integer.parseInt(op[1]);
            int othersGet = op[0].startsWith("create") ? FORBIDDEN : NOT_FOUND;
            rows.add(new Row(op[0], Caller.PROVINCE_OWN, allowed));
            rows.add(new Row(op[0], Caller.CENTRAL, allowed));
            rows.add(new Row(op[0], Caller.PROVINCE_OTHER, othersGet));
            rows.add(new Row(op[0], Caller.PROVINCE_HEAD, othersGet));
            rows.add(new Row(op[0], Caller.ADMIN, FORBIDDEN));
            rows.add(new Row(op[0], Caller.VIEWER, FORBIDDEN));
        }

        // The cluster's decisions on a scorecard, and the cluster's own business of the year (its scoring scheme, the
        // election of next year's head): the head province that year, or central staff.
        for (String[] op : new String[][] {
                {"reviewScorecard", "200"}, {"confirmScorecard", "200"}, {"returnScorecard", "200"},
                {"createScoringScheme", "201"}, {"replaceScoringScheme", "200"}, {"recordElection", "201"},
                {"createCovenant", "201"}, {"updateCovenant", "200"}, {"signCovenant", "200"}, {"amendCovenant", "200"},
                {"createConference", "201"}, {"updateConference", "200"}, {"deleteConference", "204"},
                {"uploadConferenceDocument", "201"}, {"recordTieVote", "200"}}) {
            int allowed = Integer.parseInt(op[1]);
            rows.add(new Row(op[0], Caller.PROVINCE_HEAD, allowed));
            rows.add(new Row(op[0], Caller.CENTRAL, allowed));
            rows.add(new Row(op[0], Caller.PROVINCE_OWN, FORBIDDEN));
            rows.add(new Row(op[0], Caller.PROVINCE_OTHER, FORBIDDEN));
            rows.add(new Row(op[0], Caller.PROVINCE_HEAD_ELSEWHERE, FORBIDDEN));
            rows.add(new Row(op[0], Caller.ADMIN, FORBIDDEN));
            rows.add(new Row(op[0], Caller.VIEWER, FORBIDDEN));
        }

        // A province's exemplary models: its officers or central staff. Models are public, so another province's
        // officer is refused (403), not told that they do not exist.
        for (String[] op : new String[][] {
                {"createExemplaryModel", "201"}, {"updateExemplaryModel", "200"}, {"deleteExemplaryModel", "204"}}) {
            int allowed = Integer.parseInt(op[1]);
            rows.add(new Row(op[0], Caller.PROVINCE_OWN, allowed));
            rows.add(new Row(op[0], Caller.CENTRAL, allowed));
            rows.add(new Row(op[0], Caller.PROVINCE_OTHER, FORBIDDEN));
            rows.add(new Row(op[0], Caller.PROVINCE_HEAD, FORBIDDEN));
            rows.add(new Row(op[0], Caller.ADMIN, FORBIDDEN));
            rows.add(new Row(op[0], Caller.VIEWER, FORBIDDEN));
        }

        // Letting a flag nominee go ahead against the ranking: central staff only.
        rows.add(new Row("overrideFlagRanking", Caller.CENTRAL, OK));
        rows.add(new Row("overrideFlagRanking", Caller.ADMIN, FORBIDDEN));
        rows.add(new Row("overrideFlagRanking", Caller.VIEWER, FORBIDDEN));
        rows.add(new Row("overrideFlagRanking", Caller.PROVINCE_HEAD, FORBIDDEN));
        rows.add(new Row("overrideFlagRanking", Caller.PROVINCE_OWN, FORBIDDEN));

        // Award decisions: central staff only; admins neither (separation of duties).
        rows.add(new Row("decideAwardRecommendation", Caller.CENTRAL, OK));
        rows.add(new Row("decideAwardRecommendation", Caller.ADMIN, FORBIDDEN));
        rows.add(new Row("decideAwardRecommendation", Caller.VIEWER, FORBIDDEN));
        rows.add(new Row("decideAwardRecommendation", Caller.PROVINCE_HEAD, FORBIDDEN));
        rows.add(new Row("decideAwardRecommendation", Caller.PROVINCE_OWN, FORBIDDEN));

        // A token whose province code names no unit today is refused everything.
        List.copyOf(rows).stream().map(Row::operationId).distinct()
                .forEach(op -> rows.add(new Row(op, Caller.PROVINCE_RETIRED, FORBIDDEN)));
        return rows;
    }

    /** Plain arguments (not the record), so that they cross to the Quarkus class loader unchanged. */
    static Stream<Arguments> rows() {
        return table().stream().map(row -> Arguments.of(row.operationId(), row.caller().name(), row.status()));
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("rows")
    void theCallerGetsThePolicysAnswer(String operationId, String callerName, int expected) {
        Caller caller = Caller.valueOf(callerName);
        Request request = prepare(operationId, caller);
        Response response = request.send(caller.request());

        if (expected == FORBIDDEN || expected == NOT_FOUND) {
            response.then().spec(expected == FORBIDDEN ? problem(FORBIDDEN, "forbidden") : problem(NOT_FOUND, "not-found"));
            if (request.version() != null) {
                assertEquals(request.ifMatch(), request.version().get(),
                        operationId + " refused to " + callerName + " must leave the resource unchanged");
            }
        } else {
            assertEquals(expected, response.statusCode(),
                    () -> operationId + " by " + callerName + ": " + response.asString());
        }
    }

    @Test
    void everyWriteOperationOfTheContractHasRowsInTheMatrix() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        Set<String> writes = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    writes.add(operation.path("operationId").asText(method.toUpperCase() + " " + path.getKey()));
                }
            }
        }
        Set<String> covered = table().stream().map(Row::operationId).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(writes);
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "write operations of the contract without rows in the authorization matrix: " + missing);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(writes);
        assertTrue(stale.isEmpty(), "rows of the authorization matrix for operations the contract no longer has: " + stale);
        assertTrue(writes.size() >= 27, "the contract's write operations were not found: " + writes);
    }

    // ------------------------------------------------------------------------------------------
    // The data each row needs, made fresh through the API.
    // ------------------------------------------------------------------------------------------

    /**
     * What a row sends. {@code version} reads the target's current ETag, to check that a refusal
     * changed nothing; null where there is no single target (creations).
     */
    record Request(String method, String path, Object body, String ifMatch, String contentType,
                   Map<String, Object> query, Supplier<String> version) {

        static Request create(String path, Object body) {
            return new Request("POST", path, body, null, null, Map.of(), null);
        }

        /** Sends this request with {@code spec} (the caller's token and any further headers). */
        Response send(RequestSpecification spec) {
            if (contentType != null) {
                spec.contentType(contentType);
            }
            if (ifMatch != null) {
                spec.header("If-Match", ifMatch);
            }
            query.forEach(spec::queryParam);
            if (body instanceof byte[] file) {
                spec.body(file);
            } else if (body != null) {
                spec.body(body);
            }
            return spec.request(method, path);
        }
    }

    /** One bloc year for the whole class, with a fresh cluster for every row in it. */
    private static final class Year {
        static final int VALUE = Api.freshBlocYear();
    }

    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";
    private static final String REPORTS = "/api/v1/reports";
    /** Units of the matrix: code 97 (no unit has it) on days of their own in the 2080s, one day long. */
    private static final AtomicInteger UNIT_DAYS = new AtomicInteger();

    private static int year() {
        return Year.VALUE;
    }

    static Request prepare(String operationId, Caller caller) {
        return switch (operationId) {
            case "createProvince" -> Request.create("/api/v1/provinces", unit(nextUnitDay()));
            case "correctProvince" -> {
                LocalDate day = nextUnitDay();
                Api.as("admin").body(unit(day)).post("/api/v1/provinces").then().statusCode(201);
                Supplier<String> version = () -> Api.etagOf(Api.as("viewer").queryParam("asOf", day.toString())
                        .get("/api/v1/provinces/{code}", "97").then().statusCode(200).extract().response());
                Map<String, Object> corrected = unit(day);
                corrected.put("fullName", "Thành phố Thử Nghiệm");
                corrected.put("type", "CITY");
                yield new Request("PUT", "/api/v1/provinces/97", corrected, version.get(), null,
                        Map.of("asOf", day.toString()), version);
            }
            case "createCluster" -> Request.create("/api/v1/clusters",
                    Map.of("code", Api.freshClusterCode("M"), "name", "Cụm thi đua kiểm tra quyền", "kind", "BLOC"));
            case "updateCluster" -> {
                String cluster = clusterHeadedBy34();
                Supplier<String> version = () -> Fixtures.clusterEtag(cluster);
                yield new Request("PUT", "/api/v1/clusters/" + cluster,
                        Map.of("name", "Cụm thi đua đã đổi tên", "kind", "BLOC", "description", "Đổi tên để kiểm tra quyền."),
                        version.get(), null, Map.of(), version);
            }
            case "deleteCluster" -> {
                String cluster = Fixtures.cluster("BLOC");
                Supplier<String> version = () -> Fixtures.clusterEtag(cluster);
                yield new Request("DELETE", "/api/v1/clusters/" + cluster, null, version.get(), null, Map.of(), version);
            }
            case "addMembership" -> Request.create("/api/v1/clusters/" + clusterHeadedBy34() + "/members",
                    Map.of("year", year(), "provinceCode", "40", "role", "MEMBER"));
            case "changeMembershipRole", "removeMembership" -> {
                String cluster = clusterHeadedBy34();
                long id = Fixtures.member(cluster, year(), "40", "MEMBER");
                Supplier<String> version = () -> Fixtures.membershipEtag(cluster, id);
                String path = "/api/v1/clusters/" + cluster + "/members/" + id;
                yield operationId.equals("removeMembership")
                        ? new Request("DELETE", path, null, version.get(), null, Map.of(), version)
                        : new Request("PATCH", path, Map.of("role", "DEPUTY"), version.get(), "application/merge-patch+json",
                                Map.of(), version);
            }
            case "createMovement" -> Request.create("/api/v1/movements", movement(freshCode("MX-")));
            case "updateMovement" -> {
                String code = freshCode("MX-");
                Api.as("admin").body(movement(code)).post("/api/v1/movements").then().statusCode(201);
                Supplier<String> version = () -> etag("/api/v1/movements/" + code);
                yield new Request("PUT", "/api/v1/movements/" + code,
                        Map.of("name", "Phong trào thi đua đã sửa", "startYear", 2021, "endYear", 2025),
                        version.get(), null, Map.of(), version);
            }
            case "addIndicator" -> Request.create("/api/v1/indicators", indicator(freshCode("MX_")));
            case "replaceIndicator" -> {
                String code = freshCode("MX_");
                Api.as("admin").body(indicator(code)).post("/api/v1/indicators").then().statusCode(201);
                Map<String, Object> changed = indicator(code);
                changed.put("nameVi", "Chỉ tiêu thử nghiệm đã sửa");
                Supplier<String> version = () -> etag("/api/v1/indicators/" + code);
                yield new Request("PUT", "/api/v1/indicators/" + code, changed, version.get(), null, Map.of(), version);
            }
            case "createAwardType" -> Request.create("/api/v1/award-types", awardType(freshCode("MX_")));
            case "updateAwardType" -> {
                String code = freshCode("MX_");
                Api.as("admin").body(awardType(code)).post("/api/v1/award-types").then().statusCode(201);
                Map<String, Object> changed = awardType(code);
                changed.remove("code");
                changed.put("name", "Bằng khen thử nghiệm đã sửa");
                Supplier<String> version = () -> etag("/api/v1/award-types/" + code);
                yield new Request("PUT", "/api/v1/award-types/" + code, changed, version.get(), null, Map.of(), version);
            }
            case "createReport" -> Request.create(REPORTS, Map.of("clusterCode", bloc(caller), "provinceCode", "40",
                    "period", year() + "-H1", "values", Fixtures.values("BUDGET_REVENUE", "8200")));
            case "updateReport" -> reportAction(caller, "PUT", "", Map.of("values", Fixtures.values("BUDGET_REVENUE", "8350"),
                    "movementResults", "Phong trào xây dựng nông thôn mới được triển khai sâu rộng."), false);
            case "submitReport" -> reportAction(caller, "POST", "/submit", Map.of("note", "Gửi báo cáo 6 tháng."), false);
            case "acceptReport" -> reportAction(caller, "POST", "/accept", Map.of("note", "Tiếp nhận."), true);
            case "returnReport" -> reportAction(caller, "POST", "/return",
                    Map.of("note", "Đề nghị bổ sung số liệu thu ngân sách."), true);
            case "createAwardRecommendation" -> Request.create(RECOMMENDATIONS, recommendation(bloc(caller)));
            case "updateAwardRecommendation" -> {
                String cluster = bloc(caller);
                long id = draftRecommendation(cluster);
                Map<String, Object> update = recommendation(cluster);
                update.keySet().removeAll(List.of("clusterCode", "year", "proposingProvinceCode"));
                update.put("achievements", "Hoàn thành xuất sắc nhiệm vụ; bổ sung thành tích chuyển đổi số.");
                yield recommendationAction("PUT", id, "", update);
            }
            case "submitAwardRecommendation" -> recommendationAction("POST", draftRecommendation(bloc(caller)), "/submit", Map.of());
            case "withdrawAwardRecommendation" -> recommendationAction("POST", draftRecommendation(bloc(caller)), "/withdraw",
                    Map.of("note", "Rút hồ sơ để hoàn thiện."));
            case "returnAwardRecommendation" -> recommendationAction("POST", submittedRecommendation(bloc(caller)), "/return",
                    Map.of("reason", "Bổ sung xác nhận của Sở Nội vụ."));
            case "voteOnAwardRecommendation" -> recommendationAction("POST", submittedRecommendation(bloc(caller)), "/vote",
                    Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0, "votesAbstaining", 0));
            case "forwardAwardRecommendation" -> {
                long id = submittedRecommendation(bloc(caller));
                centralActs(id, "vote", Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0, "votesAbstaining", 0));
                Fixtures.attachDossier(id);
                yield recommendationAction("POST", id, "/forward", Map.of());
            }
            case "decideAwardRecommendation" -> {
                long id = submittedRecommendation(bloc(caller));
                centralActs(id, "vote", Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0, "votesAbstaining", 0));
                Fixtures.attachDossier(id);
                centralActs(id, "forward", Map.of());
                yield recommendationAction("POST", id, "/decide", Map.of("outcome", "APPROVED",
                        "decisionNumber", "77/QĐ-TTg", "decisionDate", "2024-10-14", "decidingAuthority", "Thủ tướng Chính phủ"));
            }
            case "uploadAwardRecommendationDocument" -> {
                long id = draftRecommendation(bloc(caller));
                yield upload(RECOMMENDATIONS + "/" + id + "/documents", "PROPOSAL_LETTER");
            }
            case "uploadReportDocument" -> {
                long id = Fixtures.report(bloc(caller), "40", year() + "-H1", Fixtures.values("BUDGET_REVENUE", "8200"));
                yield upload(REPORTS + "/" + id + "/documents", "OTHER");
            }
            case "replaceDocument", "deleteDocument" -> {
                long document = Fixtures.attach(draftRecommendation(bloc(caller)), "ACHIEVEMENTS_REPORT");
                String path = "/api/v1/documents/" + document;
                Supplier<String> version = () -> etag(path);
                yield operationId.equals("deleteDocument")
                        ? new Request("DELETE", path, null, version.get(), null, Map.of(), version)
                        : new Request("PUT", path + "/content", Fixtures.pdf("Báo cáo thành tích (bản sửa)"), version.get(),
                                "application/octet-stream", Map.of("fileName", "Báo cáo thành tích (bản sửa).pdf"), version);
            }
            case "createScoringScheme" -> Request.create("/api/v1/clusters/" + bloc(caller) + "/scoring-schemes",
                    ScoringFixtures.scheme(year()));
            case "replaceScoringScheme" -> {
                String cluster = bloc(caller);
                ScoringFixtures.createScheme(cluster, year());
                String path = "/api/v1/clusters/" + cluster + "/scoring-schemes/" + year();
                Map<String, Object> replacement = ScoringFixtures.scheme(year());
                replacement.remove("year");
                replacement.put("title", "Bảng chấm điểm thi đua đã sửa");
                Supplier<String> version = () -> etag(path);
                yield new Request("PUT", path, replacement, version.get(), null, Map.of(), version);
            }
            case "recordElection" -> Request.create("/api/v1/clusters/" + bloc(caller) + "/elections",
                    Map.of("year", year() + 1, "heldOn", (year() + 1) + "-03-13", "membersPresent", 3,
                            "head", Map.of("provinceCode", "40", "votes", 3),
                            "deputies", List.of(Map.of("provinceCode", "42", "votes", 3))));
            case "createScorecard" -> {
                String cluster = bloc(caller);
                ScoringFixtures.createScheme(cluster, year());
                yield Request.create("/api/v1/scorecards", ScoringFixtures.card(cluster, "40", year(), FULL_CARD));
            }
            case "updateScorecard" -> scorecardAction(caller, "PUT", "", Map.of("lines", FULL_CARD), 0);
            case "submitScorecard" -> scorecardAction(caller, "POST", "/submit", Map.of(), 0);
            case "reviewScorecard" -> scorecardAction(caller, "POST", "/review", Map.of("note", "Thẩm định."), 1);
            case "returnScorecard" -> scorecardAction(caller, "POST", "/return",
                    Map.of("note", "Đề nghị bổ sung minh chứng."), 1);
            case "confirmScorecard" -> scorecardAction(caller, "POST", "/confirm", Map.of("note", "Thống nhất."), 2);
            case "createCovenant" -> Request.create("/api/v1/clusters/" + bloc(caller) + "/covenants", covenant());
            case "updateCovenant" -> covenantAction(caller, "PUT", "", Map.of("title", "Giao ước thi đua đã sửa",
                    "items", COVENANT_ITEMS), false);
            case "signCovenant" -> covenantAction(caller, "POST", "/sign", covenantSigning(), false);
            case "amendCovenant" -> covenantAction(caller, "POST", "/amend", Map.of("reason", "Điều chỉnh chỉ tiêu.",
                    "items", COVENANT_ITEMS), true);
            case "createConference" -> Request.create("/api/v1/clusters/" + bloc(caller) + "/conferences", conference());
            case "uploadConferenceDocument" -> {
                String cluster = bloc(caller);
                long id = Api.as("central").body(conference()).post("/api/v1/clusters/" + cluster + "/conferences")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                yield upload("/api/v1/clusters/" + cluster + "/conferences/" + id + "/documents", "VOTE_MINUTES");
            }
            case "updateConference", "deleteConference" -> {
                String cluster = bloc(caller);
                long id = Api.as("central").body(conference()).post("/api/v1/clusters/" + cluster + "/conferences")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                String path = "/api/v1/clusters/" + cluster + "/conferences/" + id;
                Supplier<String> version = () -> etag(path);
                yield operationId.equals("deleteConference")
                        ? new Request("DELETE", path, null, version.get(), null, Map.of(), version)
                        : new Request("PUT", path, conference(), version.get(), null, Map.of(), version);
            }
            case "recordTieVote" -> {
                String cluster = bloc(caller);
                Map<String, Object> scheme = ScoringFixtures.scheme(year());
                scheme.put("tieRule", List.of(Map.of("kind", "VOTE")));
                Api.as("central").body(scheme).post("/api/v1/clusters/" + cluster + "/scoring-schemes").then().statusCode(201);
                ScoringFixtures.confirmedScorecard(cluster, "40", year(), "I.1", "10", "I.2", "9", "II.1", "19");
                ScoringFixtures.confirmedScorecard(cluster, "42", year(), "I.1", "10", "I.2", "9", "II.1", "19");
                yield Request.create("/api/v1/clusters/" + cluster + "/scores/" + year() + "/tie-votes",
                        Map.of("heldOn", (year() + 1) + "-01-20", "membersPresent", 3, "votes", List.of(
                                Map.of("provinceCode", "40", "votes", 2), Map.of("provinceCode", "42", "votes", 1))));
            }
            case "createExemplaryModel" -> Request.create("/api/v1/exemplary-models", exemplaryModel());
            case "updateExemplaryModel", "deleteExemplaryModel" -> {
                long id = Api.as("central").body(exemplaryModel()).post("/api/v1/exemplary-models")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                String path = "/api/v1/exemplary-models/" + id;
                Supplier<String> version = () -> etag(path);
                yield operationId.equals("deleteExemplaryModel")
                        ? new Request("DELETE", path, null, version.get(), null, Map.of(), version)
                        : new Request("PUT", path, exemplaryModel(), version.get(), null, Map.of(), version);
            }
            case "overrideFlagRanking" -> {
                Map<String, Object> flag = recommendation(bloc(caller));
                flag.put("awardTypeCode", "GOV_EMULATION_FLAG");
                long id = Api.asProvince("40").body(flag).post(RECOMMENDATIONS)
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                yield recommendationAction("POST", id, "/override", Map.of("reason", "Cụm thống nhất đề nghị."));
            }
            default -> throw new AssertionError("the matrix has a row for " + operationId + " but no data for it");
        };
    }

    /**
     * A fresh bloc in the class's year: Thanh Hóa (38) heads it, Nghệ An (40) and Hà Tĩnh (42) are
     * members. For a head elsewhere, Lạng Sơn (20) heads another fresh bloc that year.
     */
    private static String bloc(Caller caller) {
        String cluster = clusterHeadedBy34();
        Fixtures.member(cluster, year(), "40", "MEMBER");
        Fixtures.member(cluster, year(), "42", "MEMBER");
        if (caller == Caller.PROVINCE_HEAD_ELSEWHERE) {
            Fixtures.member(Fixtures.cluster("BLOC"), year(), "20", "HEAD");
        }
        return cluster;
    }

    private static String clusterHeadedBy34() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, year(), "38", "HEAD");
        return cluster;
    }

    /** A report of Nghệ An (40), a draft or (for head actions) submitted, and the request on it. */
    private static Request reportAction(Caller caller, String method, String action, Object body, boolean submitted) {
        long id = Fixtures.report(bloc(caller), "40", year() + "-H1", Fixtures.values("BUDGET_REVENUE", "8200"));
        if (submitted) {
            Fixtures.act(id, "submit");
        }
        Supplier<String> version = () -> etag(REPORTS + "/" + id);
        return new Request(method, REPORTS + "/" + id + action, body, version.get(), null, Map.of(), version);
    }

    /** The upload of a small PDF to a dossier. */
    private static Request upload(String path, String kind) {
        return new Request("POST", path, Fixtures.pdf("Tờ trình " + kind), null, "application/octet-stream",
                Map.of("kind", kind, "title", "Tờ trình đề nghị khen thưởng", "fileName", "Tờ trình.pdf"), null);
    }

    /** A conference of the row's bloc, hosted by Nghệ An (40), a member. */
    private static Map<String, Object> conference() {
        return Map.of("year", year(), "kind", "OTHER", "title", "Hội nghị giao lưu kiểm tra quyền",
                "startsOn", year() + "-05-10", "place", "Thành phố Vinh", "hostProvinceCode", "40",
                "delegations", List.of(Map.of("provinceCode", "42", "headTitle", "Phó Chủ tịch Ủy ban nhân dân tỉnh")));
    }

    /** An exemplary model of Nghệ An (40), with a name no other row uses. */
    private static Map<String, Object> exemplaryModel() {
        return Map.of("name", "Hợp tác xã kiểm tra quyền " + ThreadLocalRandom.current().nextInt(1 << 30), "kind", "COLLECTIVE",
                "provinceCode", "40", "fromYear", year(), "achievements", "Tập thể tiêu biểu.");
    }

    private static final List<Map<String, Object>> COVENANT_ITEMS = List.of(Map.of(
            "text", "Phấn đấu có thêm xã đạt chuẩn nông thôn mới.", "indicatorCode", "NTM_COMMUNES", "targetValue", 40));

    private static Map<String, Object> covenant() {
        return Map.of("year", year(), "title", "Giao ước thi đua kiểm tra quyền", "items", COVENANT_ITEMS);
    }

    private static Map<String, Object> covenantSigning() {
        return Map.of("signedOn", year() + "-03-20", "place", "Thành phố Thanh Hóa", "hostProvinceCode", "38",
                "signatories", List.of(
                        Map.of("provinceCode", "38", "name", "Lê Văn Hòa", "title", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
                        Map.of("provinceCode", "40", "name", "Nguyễn Thị Mai", "title", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
                        Map.of("provinceCode", "42", "name", "Trần Văn Sơn", "title", "Phó Chủ tịch Ủy ban nhân dân tỉnh")));
    }

    /** A fresh bloc's covenant, drafted (and signed) by central staff, and the request on it. */
    private static Request covenantAction(Caller caller, String method, String action, Object body, boolean signed) {
        String cluster = bloc(caller);
        String path = "/api/v1/clusters/" + cluster + "/covenants";
        Api.as("central").body(covenant()).post(path).then().statusCode(201);
        String covenant = path + "/" + year();
        if (signed) {
            Api.as("central").header("If-Match", etag(covenant)).body(covenantSigning()).post(covenant + "/sign")
                    .then().statusCode(200);
        }
        Supplier<String> version = () -> etag(covenant);
        return new Request(method, covenant + action, body, version.get(), null, Map.of(), version);
    }

    private static final List<Map<String, Object>> FULL_CARD = ScoringFixtures.lines("I.1", "10", "I.2", "9", "II.1", "18");

    /** Nghệ An's (40) scorecard in a fresh bloc with the test scheme, taken {@code steps} along (submit, review), and the request on it. */
    private static Request scorecardAction(Caller caller, String method, String action, Object body, int steps) {
        String cluster = bloc(caller);
        ScoringFixtures.createScheme(cluster, year());
        long id = Api.asProvince("40").body(ScoringFixtures.card(cluster, "40", year(), FULL_CARD)).post("/api/v1/scorecards")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List.of("submit", "review").subList(0, steps).forEach(step -> ScoringFixtures.act(id, step));
        Supplier<String> version = () -> etag("/api/v1/scorecards/" + id);
        return new Request(method, "/api/v1/scorecards/" + id + action, body, version.get(), null, Map.of(), version);
    }

    private static Request recommendationAction(String method, long id, String action, Object body) {
        Supplier<String> version = () -> etag(RECOMMENDATIONS + "/" + id);
        return new Request(method, RECOMMENDATIONS + "/" + id + action, body, version.get(), null, Map.of(), version);
    }

    /** Hà Nam's (35) collective nominee for the Prime Minister's certificate of merit; the name is unique to the cluster. */
    private static Map<String, Object> recommendation(String cluster) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterCode", cluster);
        body.put("year", year());
        body.put("awardTypeCode", "PM_CERTIFICATE_OF_MERIT");
        body.put("kind", "MERIT");
        body.put("nomineeKind", "COLLECTIVE");
        body.put("nomineeName", "Hợp tác xã Thử Nghiệm " + cluster);
        body.put("nomineeProvinceCode", "40");
        body.put("proposingProvinceCode", "40");
        body.put("achievements", "Hoàn thành xuất sắc nhiệm vụ năm " + year() + ".");
        return body;
    }

    private static long draftRecommendation(String cluster) {
        return Api.asProvince("40").body(recommendation(cluster)).post(RECOMMENDATIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long submittedRecommendation(String cluster) {
        long id = draftRecommendation(cluster);
        centralActs(id, "submit", Map.of());
        return id;
    }

    private static void centralActs(long id, String action, Object body) {
        Api.as("central").header("If-Match", etag(RECOMMENDATIONS + "/" + id)).body(body)
                .post(RECOMMENDATIONS + "/{id}/{action}", id, action).then().statusCode(200);
    }

    private static String etag(String path) {
        return Api.etagOf(Api.as("central").get(path).then().statusCode(200).extract().response());
    }

    private static LocalDate nextUnitDay() {
        return LocalDate.of(2080, 1, 1).plusDays(2L * UNIT_DAYS.getAndIncrement());
    }

    private static Map<String, Object> unit(LocalDate day) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "97");
        body.put("name", "Thử Nghiệm");
        body.put("fullName", "Tỉnh Thử Nghiệm");
        body.put("type", "PROVINCE");
        body.put("validFrom", day.toString());
        body.put("validTo", day.toString());
        return body;
    }

    private static String freshCode(String prefix) {
        return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private static Map<String, Object> movement(String code) {
        return Map.of("code", code, "name", "Phong trào thi đua kiểm tra quyền", "startYear", 2024);
    }

    private static Map<String, Object> indicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Chỉ tiêu thử nghiệm");
        body.put("unit", "tỷ đồng");
        body.put("valueType", "DECIMAL");
        body.put("aggregation", "SUM");
        body.put("minValue", 0);
        body.put("higherIsBetter", true);
        return body;
    }

    private static Map<String, Object> awardType(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Bằng khen thử nghiệm");
        body.put("category", "CERTIFICATE_OF_MERIT");
        body.put("recipients", List.of("COLLECTIVE"));
        body.put("decidedBy", "PRIME_MINISTER");
        return body;
    }
}
