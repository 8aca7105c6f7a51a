package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Who may read what: every read operation of the contract (each GET under /api/v1, by operationId)
 * for each kind of caller, with the outcome the policy gives. For the operations that carry or count
 * a report or a recommendation, the outcome is more than a status: a draft of another province must
 * be absent from what a caller who may not see it gets (404 exactly as for an unknown id, left out of
 * lists and their totals, not counted, no events in the change feed), and present for those who may.
 *
 * <p>The data (made once for the class, through the API): a bloc in a fresh year before the 2025
 * merger, Thanh Hóa (38) head, Lạng Sơn (20) deputy, Nghệ An (40), Hà Tĩnh (42) and Nam Định (36, the
 * unit that merged into today's Ninh Bình, 37) members. Nghệ An and Nam Định each have a draft report
 * for the first half and a draft recommendation; Hà Tĩnh has an accepted report and Nghệ An and Nam
 * Định an approved award, all three submitted and hence visible to all (controls: a check that finds
 * the draft absent also finds them present).
 *
 * <p>{@link #theSameItemIsHiddenUntilSubmittedThenSeenByAll} follows single items: a recommendation
 * withdrawn before it was ever submitted stays hidden; the same draft, once submitted (and even if
 * later withdrawn or returned), is seen by all.
 *
 * <p>{@link #everyReadOperationOfTheContractHasRowsInTheMatrix()} reads the served contract: a new read
 * operation without rows here fails the build.
 */
@QuarkusTest
class ReadAuthorizationMatrixTest {

    /** The callers of the matrix. Provinces are named by their part in the class's bloc. */
    enum Caller {
        /** An officer of Nghệ An (40), a member: the owner of {@link Subject#NGHE_AN_DRAFT}. */
        OWN("province", "40"),
        /** An officer of Hà Tĩnh (42), another member of the bloc. */
        OTHER_MEMBER("province", "42"),
        /** An officer of Quảng Ninh (22), not in the bloc. */
        NON_MEMBER("province", "22"),
        /** An officer of Thanh Hóa (38), head of the bloc that year. */
        HEAD("province", "38"),
        /** An officer of Lạng Sơn (20), deputy of the bloc that year. */
        DEPUTY("province", "20"),
        /** An officer of today's Ninh Bình (37): acts for old Nam Định (36), the owner of {@link Subject#NAM_DINH_DRAFT}. */
        SUCCESSOR("province", "37"),
        /** A token with code 36, which names no unit today (old Nam Định's code): refused everywhere. */
        RETIRED_CODE("province", "36"),
        CENTRAL("central", null),
        ADMIN("admin", null),
        VIEWER("viewer", null);

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

    /** What a row is about. */
    enum Subject {
        /** Reference data, or an operation that carries no report or recommendation. */
        NONE,
        /** Nghệ An's (40) draft report and draft recommendation. */
        NGHE_AN_DRAFT,
        /** Old Nam Định's (36) draft report and draft recommendation, written by today's Ninh Bình (37). */
        NAM_DINH_DRAFT
    }

    enum Outcome {
        /** 200; nothing about drafts to check. */
        OK,
        /** 200, and the subject is there: the item itself, in the list and its total, counted, its events in the feed. */
        VISIBLE,
        /** The subject does not exist for the caller: 404 as for an unknown id, or 200 without it (not listed, not counted). */
        HIDDEN,
        /** 403 problem, type forbidden. */
        FORBIDDEN
    }

    /** One row: this caller reads with this operation, about this subject, and gets this outcome. */
    record Row(String operationId, Subject subject, Caller caller, Outcome expected) {
    }

    // ------------------------------------------------------------------------------------------
    // The table. Reading it is reading the policy.
    // ------------------------------------------------------------------------------------------

    /** Every caller the same, except a retired code, which is refused everywhere. */
    private static Map<Caller, Outcome> allRead(Outcome outcome) {
        Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            outcomes.put(caller, outcome);
        }
        outcomes.put(Caller.RETIRED_CODE, Outcome.FORBIDDEN);
        return outcomes;
    }

    /** Visible to these callers; hidden from every other officer; refused to a retired code. */
    private static Map<Caller, Outcome> seenBy(Caller... callers) {
        Map<Caller, Outcome> outcomes = allRead(Outcome.HIDDEN);
        for (Caller caller : callers) {
            outcomes.put(caller, Outcome.VISIBLE);
        }
        return outcomes;
    }

    /** Only central staff and admins read it; everyone else gets 403. */
    private static Map<Caller, Outcome> centralAndAdminOnly(Outcome outcome) {
        Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            outcomes.put(caller, Outcome.FORBIDDEN);
        }
        outcomes.put(Caller.CENTRAL, outcome);
        outcomes.put(Caller.ADMIN, outcome);
        return outcomes;
    }

    /** A never-submitted item of Nghệ An: its officers, central, admin, viewer. Not the head, not the deputy. */
    static final Map<Caller, Outcome> NGHE_AN_DRAFT_SEEN_BY =
            seenBy(Caller.OWN, Caller.CENTRAL, Caller.ADMIN, Caller.VIEWER);
    /** A never-submitted item of old Nam Định: today's Ninh Bình, which took it over, central, admin, viewer. */
    static final Map<Caller, Outcome> NAM_DINH_DRAFT_SEEN_BY =
            seenBy(Caller.SUCCESSOR, Caller.CENTRAL, Caller.ADMIN, Caller.VIEWER);
    /** Submitted (ever) work: everyone. */
    static final Map<Caller, Outcome> EVERYONE = allRead(Outcome.VISIBLE);

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();

        // Reference data: every role reads it; a token whose code names no unit today reads nothing.
        for (String op : List.of("listProvinces", "getProvince", "listProvinceMemberships",
                "listClusters", "getCluster", "listMemberships", "getMembership",
                "listIndicators", "getIndicator", "listAwardTypes", "getAwardType", "listMovements", "getMovement",
                "listScoringSchemes", "getScoringScheme", "listElections", "getElection",
                "listCovenants", "getCovenant", "listCovenantHistory", "listConferences", "getConference",
                "listConferenceDocuments", "listExemplaryModels", "getExemplaryModel")) {
            add(rows, op, Subject.NONE, allRead(Outcome.OK));
        }

        // National indicator statistics: central staff and admins only.
        add(rows, "getNationalIndicatorStatistics", Subject.NONE, centralAndAdminOnly(Outcome.OK));

        // The integrity check of the stored documents: admins only.
        Map<Caller, Outcome> adminOnly = centralAndAdminOnly(Outcome.OK);
        adminOnly.put(Caller.CENTRAL, Outcome.FORBIDDEN);
        add(rows, "checkDocumentIntegrity", Subject.NONE, adminOnly);

        // The audit trail: central staff and admins only, and they see the drafts' creation in it.
        for (Subject draft : List.of(Subject.NGHE_AN_DRAFT, Subject.NAM_DINH_DRAFT)) {
            add(rows, "listAuditEvents", draft, centralAndAdminOnly(Outcome.VISIBLE));
        }

        // Work never submitted: seen by its own province (through the succession too), central, admin, viewer.
        for (String op : List.of("getReport", "listReportHistory", "listReports", "getClusterSummary",
                "getAwardRecommendation", "listAwardRecommendationHistory", "listAwardRecommendations",
                "getAwardStatistics", "listChanges", "getScorecard", "listScorecardHistory", "listScorecards")) {
            add(rows, op, Subject.NGHE_AN_DRAFT, NGHE_AN_DRAFT_SEEN_BY);
            add(rows, op, Subject.NAM_DINH_DRAFT, NAM_DINH_DRAFT_SEEN_BY);
        }

        // Dossiers: whoever may read the owner may read its documents; another province's never-submitted work
        // has no documents for others (404 as for an unknown id).
        for (String op : List.of("listAwardRecommendationDocuments", "listReportDocuments", "getDocument",
                "downloadDocument", "listDocumentVersions", "downloadDocumentVersion")) {
            add(rows, op, Subject.NGHE_AN_DRAFT, NGHE_AN_DRAFT_SEEN_BY);
            add(rows, op, Subject.NAM_DINH_DRAFT, NAM_DINH_DRAFT_SEEN_BY);
        }

        // Rankings and a province's indicator series count accepted (with include=SUBMITTED submitted) reports, a
        // province's award record approved awards: a draft is in none of them, for anybody.
        // The ranking of the year counts confirmed scorecards only.
        for (String op : List.of("getClusterRanking", "listProvinceAwards", "getProvinceIndicatorSeries", "getClusterScores")) {
            add(rows, op, Subject.NGHE_AN_DRAFT, allRead(Outcome.HIDDEN));
            add(rows, op, Subject.NAM_DINH_DRAFT, allRead(Outcome.HIDDEN));
        }
        return rows;
    }

    private static void add(List<Row> rows, String operationId, Subject subject, Map<Caller, Outcome> outcomes) {
        for (Caller caller : Caller.values()) {
            rows.add(new Row(operationId, subject, caller, Objects.requireNonNull(outcomes.get(caller))));
        }
    }

    /** Plain arguments (not the record), so that they cross to the Quarkus class loader unchanged. */
    static Stream<Arguments> rows() {
        return table().stream().map(row -> Arguments.of(row.operationId(), row.subject().name(), row.caller().name(),
                row.expected().name()));
    }

    @ParameterizedTest(name = "{0} about {1} by {2} -> {3}")
    @MethodSource("rows")
    void theCallerReadsWhatThePolicyLetsThemSee(String operationId, String subjectName, String callerName, String expectedName) {
        World world = World.get();
        Subject subject = Subject.valueOf(subjectName);
        Target target = subject == Subject.NAM_DINH_DRAFT ? world.namDinh : world.ngheAn;
        check(operationId, target, Caller.valueOf(callerName), Outcome.valueOf(expectedName));
    }

    // ------------------------------------------------------------------------------------------
    // The same item through its life: hidden while never submitted, seen by all once submitted.
    // ------------------------------------------------------------------------------------------

    /** Where a row takes a fresh item of Nghệ An, a draft first, by central staff. */
    enum Stage {
        /** A recommendation withdrawn while still a draft: it was never submitted. */
        WITHDRAWN_BEFORE_SUBMISSION,
        /** The draft submitted. */
        SUBMITTED,
        /** A recommendation submitted, then withdrawn: it was submitted once, that is remembered. */
        WITHDRAWN_AFTER_SUBMISSION,
        /** A report submitted, then returned to the province (editable again, like a draft): still seen by all. */
        RETURNED_AFTER_SUBMISSION
    }

    /** One row: the item (a draft first) gives {@code whileDraft}, then, taken to {@code stage}, gives {@code then}. */
    record LifecycleRow(String operationId, Stage stage, Caller caller, Outcome whileDraft, Outcome then) {
    }

    static List<LifecycleRow> lifecycleTable() {
        List<LifecycleRow> rows = new ArrayList<>();
        for (String op : List.of("getAwardRecommendation", "listAwardRecommendations")) {
            lifecycle(rows, op, Stage.WITHDRAWN_BEFORE_SUBMISSION, NGHE_AN_DRAFT_SEEN_BY, NGHE_AN_DRAFT_SEEN_BY);
            lifecycle(rows, op, Stage.SUBMITTED, NGHE_AN_DRAFT_SEEN_BY, EVERYONE);
            lifecycle(rows, op, Stage.WITHDRAWN_AFTER_SUBMISSION, NGHE_AN_DRAFT_SEEN_BY, EVERYONE);
        }
        // The feed never shows an item withdrawn before submission to others, neither its creation nor its withdrawal.
        lifecycle(rows, "listChanges", Stage.WITHDRAWN_BEFORE_SUBMISSION, NGHE_AN_DRAFT_SEEN_BY, NGHE_AN_DRAFT_SEEN_BY);
        for (String op : List.of("getReport", "listReports")) {
            lifecycle(rows, op, Stage.SUBMITTED, NGHE_AN_DRAFT_SEEN_BY, EVERYONE);
            lifecycle(rows, op, Stage.RETURNED_AFTER_SUBMISSION, NGHE_AN_DRAFT_SEEN_BY, EVERYONE);
        }
        return rows;
    }

    private static void lifecycle(List<LifecycleRow> rows, String op, Stage stage,
                                  Map<Caller, Outcome> whileDraft, Map<Caller, Outcome> then) {
        for (Caller caller : Caller.values()) {
            rows.add(new LifecycleRow(op, stage, caller, whileDraft.get(caller), then.get(caller)));
        }
    }

    static Stream<Arguments> lifecycleRows() {
        return lifecycleTable().stream().map(row -> Arguments.of(row.operationId(), row.stage().name(), row.caller().name(),
                row.whileDraft().name(), row.then().name()));
    }

    @ParameterizedTest(name = "{0}, {1}, by {2}: {3} while a draft, then {4}")
    @MethodSource("lifecycleRows")
    void theSameItemIsHiddenUntilSubmittedThenSeenByAll(String operationId, String stageName, String callerName,
                                                          String whileDraftName, String thenName) {
        Stage stage = Stage.valueOf(stageName);
        Caller caller = Caller.valueOf(callerName);
        boolean report = operationId.contains("Report");
        // A province has one report per cluster and period: a report row needs a cluster of its own.
        Bloc bloc = report ? Bloc.forReports() : Bloc.forRecommendations();
        String cursor = operationId.equals("listChanges") ? feedEnd() : null;
        long id = report ? draftReport(bloc, "40", "40", "8200")
                : draftRecommendation(bloc, "40", "40", "Lê Thị " + nomineeSuffix(NOMINEES.incrementAndGet()));
        Target target = new Target(bloc, "40", "40", report ? id : 0, report ? 0 : id, cursor, 0, 0, 0, 0);

        check(operationId, target, caller, Outcome.valueOf(whileDraftName));

        String path = (report ? REPORTS : RECOMMENDATIONS) + "/" + id;
        switch (stage) {
            case WITHDRAWN_BEFORE_SUBMISSION -> centralActs(path, "withdraw", Map.of("note", "Rút để hoàn thiện hồ sơ."));
            case SUBMITTED -> centralActs(path, "submit", report ? Map.of("note", "Gửi báo cáo.") : Map.of());
            case WITHDRAWN_AFTER_SUBMISSION -> {
                centralActs(path, "submit", Map.of());
                centralActs(path, "withdraw", Map.of("note", "Rút hồ sơ."));
            }
            case RETURNED_AFTER_SUBMISSION -> {
                centralActs(path, "submit", Map.of("note", "Gửi báo cáo."));
                centralActs(path, "return", Map.of("note", "Đề nghị bổ sung số liệu."));
            }
        }
        check(operationId, target, caller, Outcome.valueOf(thenName));
    }

    // ------------------------------------------------------------------------------------------
    // The meta-test: the table covers the served contract's reads, all callers each.
    // ------------------------------------------------------------------------------------------

    @Test
    void everyReadOperationOfTheContractHasRowsInTheMatrix() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        Set<String> reads = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode operation = path.getValue().path("get");
            if (path.getKey().startsWith("/api/v1") && !operation.isMissingNode()) {
                reads.add(operation.path("operationId").asText("GET " + path.getKey()));
            }
        }
        Set<String> covered = table().stream().map(Row::operationId).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(reads);
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "read operations of the contract without rows in the read matrix: " + missing);
        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(lifecycleTable().stream().map(LifecycleRow::operationId).toList());
        stale.removeAll(reads);
        assertTrue(stale.isEmpty(), "rows of the read matrix for operations the contract does not have: " + stale);
        assertTrue(reads.size() >= 25, "the contract's read operations were not found: " + reads);

        // Each operation and subject has exactly one row per caller.
        Map<String, List<Caller>> callers = new TreeMap<>();
        table().forEach(row -> callers.computeIfAbsent(row.operationId() + " about " + row.subject(), k -> new ArrayList<>())
                .add(row.caller()));
        callers.forEach((key, list) -> assertEquals(List.of(Caller.values()), list, key + ": one row per caller"));
    }

    // ------------------------------------------------------------------------------------------
    // The checks, per operation.
    // ------------------------------------------------------------------------------------------

    private static final String REPORTS = "/api/v1/reports";
    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";
    private static final String DOCUMENTS = "/api/v1/documents";

    /** The first document of an owner's dossier, as central staff see it. */
    private static long documentOf(String owners, long owner) {
        return Api.as("central").get(owners + "/{id}/documents", owner).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    /**
     * What a row reads about: a draft report and/or a draft recommendation (0: none) of {@code owner} (the
     * code it has in the item's year), whose officers today hold {@code ownerToday}; the feed's cursor
     * taken just before they were made; the bloc's controls (0: none), submitted work everybody sees.
     */
    record Target(Bloc bloc, String owner, String ownerToday, long report, long recommendation, String cursor,
                  long acceptedReport, long approvedAward, long scorecard, long confirmedScorecard) {
    }

    private static void check(String op, Target t, Caller caller, Outcome expected) {
        Bloc bloc = t.bloc();
        String period = bloc.year() + "-H1";
        switch (op) {
            case "listProvinces" -> plain(caller, expected, "/api/v1/provinces", Map.of());
            case "getProvince" -> plain(caller, expected, "/api/v1/provinces/40", Map.of());
            case "listProvinceMemberships" -> plain(caller, expected, "/api/v1/provinces/40/memberships", Map.of());
            case "listClusters" -> plain(caller, expected, "/api/v1/clusters", Map.of());
            case "getCluster" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code(), Map.of());
            case "listMemberships" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code() + "/members", Map.of());
            case "getMembership" -> plain(caller, expected,
                    "/api/v1/clusters/" + bloc.code() + "/members/" + bloc.headMembership(), Map.of());
            case "listIndicators" -> plain(caller, expected, "/api/v1/indicators", Map.of());
            case "getIndicator" -> plain(caller, expected, "/api/v1/indicators/BUDGET_REVENUE", Map.of());
            case "listAwardTypes" -> plain(caller, expected, "/api/v1/award-types", Map.of());
            case "getAwardType" -> plain(caller, expected, "/api/v1/award-types/PM_CERTIFICATE_OF_MERIT", Map.of());
            case "listMovements" -> plain(caller, expected, "/api/v1/movements", Map.of());
            case "getMovement" -> plain(caller, expected, "/api/v1/movements/NONG-THON-MOI", Map.of());
            case "checkDocumentIntegrity" -> plain(caller, expected, "/api/v1/document-integrity", Map.of());
            case "getNationalIndicatorStatistics" -> plain(caller, expected, "/api/v1/statistics/indicators",
                    Map.of("period", period));
            case "listAuditEvents" -> {
                for (String[] item : items(t)) {
                    Response response = read(caller, expected, "/api/v1/audit-events",
                            Map.of("entity", item[0], "entityId", item[1]));
                    if (response != null) {
                        List<String> actions = response.jsonPath().getList("items.action");
                        assertEquals(expected == Outcome.VISIBLE, actions.contains("create"),
                                () -> "audit trail of " + item[0] + " " + item[1] + ": " + response.asString());
                    }
                }
            }
            case "getReport" -> item(caller, expected, REPORTS + "/{id}", t.report());
            case "listReportHistory" -> item(caller, expected, REPORTS + "/{id}/history", t.report());
            case "getAwardRecommendation" -> item(caller, expected, RECOMMENDATIONS + "/{id}", t.recommendation());
            case "listAwardRecommendationHistory" -> item(caller, expected, RECOMMENDATIONS + "/{id}/history", t.recommendation());
            case "listAwardRecommendationDocuments" -> item(caller, expected, RECOMMENDATIONS + "/{id}/documents", t.recommendation());
            case "listReportDocuments" -> item(caller, expected, REPORTS + "/{id}/documents", t.report());
            case "getDocument" -> item(caller, expected, DOCUMENTS + "/{id}", documentOf(RECOMMENDATIONS, t.recommendation()));
            case "downloadDocument" -> item(caller, expected, DOCUMENTS + "/{id}/content", documentOf(RECOMMENDATIONS, t.recommendation()));
            case "listDocumentVersions" -> item(caller, expected, DOCUMENTS + "/{id}/versions", documentOf(RECOMMENDATIONS, t.recommendation()));
            case "downloadDocumentVersion" -> item(caller, expected, DOCUMENTS + "/{id}/versions/1/content",
                    documentOf(RECOMMENDATIONS, t.recommendation()));
            case "listReports" -> list(caller, expected, REPORTS, Map.of("cluster", bloc.code(), "size", 100),
                    t.report(), t.acceptedReport());
            case "listAwardRecommendations" -> list(caller, expected, RECOMMENDATIONS,
                    Map.of("cluster", bloc.code(), "year", bloc.year(), "size", 100), t.recommendation(), t.approvedAward());
            case "getClusterSummary" -> {
                Response response = read(caller, expected, "/api/v1/clusters/" + bloc.code() + "/summaries/" + period, Map.of());
                if (response != null) {
                    summary(response, t, expected);
                }
            }
            case "getAwardStatistics" -> {
                Response response = read(caller, expected, "/api/v1/statistics/awards",
                        Map.of("cluster", bloc.code(), "year", bloc.year(), "groupBy", "province,status"));
                if (response != null) {
                    awardStatistics(response, t, expected);
                }
            }
            case "getClusterRanking" -> {
                for (Map<String, Object> query : List.of(Map.<String, Object>of("indicator", "BUDGET_REVENUE"),
                        Map.<String, Object>of("indicator", "BUDGET_REVENUE", "include", "SUBMITTED"))) {
                    Response response = read(caller, expected, "/api/v1/clusters/" + bloc.code() + "/rankings/" + period, query);
                    if (response != null) {
                        List<String> ranked = response.jsonPath().getList("entries.provinceCode");
                        assertEquals(expected == Outcome.VISIBLE, ranked.contains(t.owner()),
                                () -> "ranking " + query + " and " + t.owner() + "'s draft report: " + response.asString());
                        assertTrue(ranked.contains("42"), () -> "the accepted report is ranked: " + response.asString());
                    }
                }
            }
            case "listProvinceAwards" -> {
                Response response = read(caller, expected, "/api/v1/provinces/" + t.ownerToday() + "/awards",
                        Map.of("year", bloc.year()));
                if (response != null) {
                    List<Long> ids = ids(response);
                    assertEquals(expected == Outcome.VISIBLE, ids.contains(t.recommendation()),
                            () -> "award record and the draft recommendation " + t.recommendation() + ": " + response.asString());
                    assertTrue(ids.contains(t.approvedAward()), () -> "the approved award is listed: " + response.asString());
                    assertEquals(Set.of("APPROVED"), Set.copyOf(response.jsonPath().getList("items.status")), response.asString());
                }
            }
            case "getProvinceIndicatorSeries" -> {
                Response response = read(caller, expected, "/api/v1/provinces/" + t.ownerToday() + "/indicators",
                        Map.of("from", bloc.year(), "to", bloc.year(), "include", "SUBMITTED"));
                if (response != null) {
                    List<Object> counted = response.jsonPath().getList(
                            "values.madeOf.flatten().findAll { it.provinceCode == '" + t.owner() + "' && it.value != null }");
                    assertEquals(expected == Outcome.VISIBLE, !counted.isEmpty(),
                            () -> "series of " + t.ownerToday() + " and " + t.owner() + "'s draft report: " + response.asString());
                }
            }
            case "listChanges" -> changes(caller, expected, t);
            case "listScoringSchemes" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code() + "/scoring-schemes", Map.of());
            case "getScoringScheme" -> plain(caller, expected,
                    "/api/v1/clusters/" + bloc.code() + "/scoring-schemes/" + bloc.year(), Map.of());
            case "listElections" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code() + "/elections", Map.of());
            case "getElection" -> plain(caller, expected,
                    "/api/v1/clusters/" + bloc.code() + "/elections/" + (bloc.year() + 1), Map.of());
            case "listCovenants" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code() + "/covenants", Map.of());
            case "getCovenant" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code() + "/covenants/" + bloc.year(), Map.of());
            case "listCovenantHistory" -> plain(caller, expected,
                    "/api/v1/clusters/" + bloc.code() + "/covenants/" + bloc.year() + "/history", Map.of());
            case "listConferences" -> plain(caller, expected, "/api/v1/clusters/" + bloc.code() + "/conferences", Map.of());
            case "getConference" -> plain(caller, expected,
                    "/api/v1/clusters/" + bloc.code() + "/conferences/" + conferenceOf(bloc), Map.of());
            case "listConferenceDocuments" -> plain(caller, expected,
                    "/api/v1/clusters/" + bloc.code() + "/conferences/" + conferenceOf(bloc) + "/documents", Map.of());
            case "listExemplaryModels" -> plain(caller, expected, "/api/v1/exemplary-models", Map.of("q", "tiêu biểu"));
            case "getExemplaryModel" -> plain(caller, expected, "/api/v1/exemplary-models/" + exemplaryModel(), Map.of());
            case "getScorecard" -> item(caller, expected, "/api/v1/scorecards/{id}", t.scorecard());
            case "listScorecardHistory" -> item(caller, expected, "/api/v1/scorecards/{id}/history", t.scorecard());
            case "listScorecards" -> list(caller, expected, "/api/v1/scorecards", Map.of("cluster", bloc.code(), "size", 100),
                    t.scorecard(), t.confirmedScorecard());
            case "getClusterScores" -> {
                Response response = read(caller, expected, "/api/v1/clusters/" + bloc.code() + "/scores/" + bloc.year(), Map.of());
                if (response != null) {
                    List<String> ranked = response.jsonPath().getList("entries.provinceCode");
                    assertEquals(expected == Outcome.VISIBLE, ranked.contains(t.owner()),
                            () -> "scores and " + t.owner() + "'s draft scorecard: " + response.asString());
                    assertTrue(ranked.contains("42"), () -> "the confirmed card is ranked: " + response.asString());
                }
            }
            default -> throw new AssertionError("the matrix has a row for " + op + " but no check for it");
        }
    }

    /** Sends the read; checks 403 or 200; returns the 200 answer for further checks, null when refused. */
    private static Response read(Caller caller, Outcome expected, String path, Map<String, ?> query) {
        Response response = caller.request().queryParams(query).get(path);
        if (expected == Outcome.FORBIDDEN) {
            response.then().spec(problem(403, "forbidden"));
            return null;
        }
        assertEquals(200, response.statusCode(), () -> "GET " + path + " " + query + " by " + caller + ": " + response.asString());
        return response;
    }

    private static void plain(Caller caller, Outcome expected, String path, Map<String, ?> query) {
        assertTrue(expected == Outcome.OK || expected == Outcome.FORBIDDEN, "reference data is OK or FORBIDDEN");
        read(caller, expected, path, query);
    }

    /** An item read: visible is 200 with the item; hidden is a 404 that reads exactly as for an unknown id. */
    private static void item(Caller caller, Outcome expected, String path, long id) {
        assertTrue(id > 0, "the row's subject has no such item");
        Response response = caller.request().get(path, id);
        switch (expected) {
            case FORBIDDEN -> response.then().spec(problem(403, "forbidden"));
            case VISIBLE -> {
                assertEquals(200, response.statusCode(), () -> path + " " + id + " by " + caller + ": " + response.asString());
                if (path.endsWith("history") || path.endsWith("documents") || path.endsWith("versions")) {
                    assertFalse(response.jsonPath().getList("items").isEmpty(), response.asString());
                } else if (path.endsWith("content")) {
                    assertTrue(response.asString().startsWith("%PDF-"), "the document's bytes");
                    assertNotNull(response.header("ETag"), "a download carries its SHA-256");
                } else {
                    assertEquals(id, response.jsonPath().getLong("id"), response.asString());
                    assertNotNull(response.header("ETag"), "a visible item has a version");
                }
            }
            case HIDDEN -> {
                response.then().spec(problem(404, "not-found"));
                assertNull(response.header("ETag"), "a hidden item tells no version");
                long unknown = id + 1_000_000_000L;
                Response none = caller.request().get(path, unknown);
                none.then().spec(problem(404, "not-found"));
                // The item's id, not a version's number that may equal it (".../documents/1/versions/1/content").
                assertEquals(none.asString().replaceAll("(?<!versions/)\\b" + unknown + "\\b", "{id}"),
                        response.asString().replaceAll("(?<!versions/)\\b" + id + "\\b", "{id}"),
                        "a hidden item is answered exactly as an unknown id");
            }
            default -> throw new AssertionError(expected + " is not an outcome of an item read");
        }
    }

    /** A list: the item is listed (and counted in total) for those who may see it, else neither; the control always. */
    private static void list(Caller caller, Outcome expected, String path, Map<String, ?> query, long id, long control) {
        Response response = read(caller, expected, path, query);
        if (response == null) {
            return;
        }
        List<Long> ids = ids(response);
        assertEquals(expected == Outcome.VISIBLE, ids.contains(id), () -> path + " " + query + " by " + caller
                + (expected == Outcome.VISIBLE ? " lists " : " leaves out ") + id + ": " + response.asString());
        assertEquals(ids.size(), response.jsonPath().getInt("total"), () -> "total counts what is listed: " + response.asString());
        if (control > 0) {
            assertTrue(ids.contains(control), () -> "submitted work " + control + " is listed for all: " + response.asString());
        }
    }

    /**
     * The owner's draft report counts as a draft (listed among the missing with status DRAFT) for those
     * who may see it; for others the owner has not started (missing, no status). Counts add up; only the
     * accepted report is in the indicator values, whoever asks.
     */
    private static void summary(Response response, Target t, Outcome expected) {
        JsonPath json = response.jsonPath();
        List<Map<String, Object>> missing = json.getList("missingMembers");
        Map<String, Object> owner = missing.stream().filter(m -> t.owner().equals(m.get("provinceCode"))).findFirst()
                .orElseThrow(() -> new AssertionError(t.owner() + " is missing from the summary: " + response.asString()));
        assertEquals(expected == Outcome.VISIBLE ? "DRAFT" : null, owner.get("reportStatus"),
                () -> t.owner() + "'s draft report in the summary: " + response.asString());
        long drafts = missing.stream().filter(m -> "DRAFT".equals(m.get("reportStatus"))).count();
        long none = missing.stream().filter(m -> m.get("reportStatus") == null).count();
        assertEquals(drafts, json.getLong("members.draft"), response.asString());
        assertEquals(none, json.getLong("members.notStarted"), response.asString());
        assertEquals(5, json.getLong("members.expected"), response.asString());
        assertEquals(1, json.getLong("members.accepted"), response.asString());
        assertEquals(1, json.getInt("indicators.find { it.indicatorCode == 'BUDGET_REVENUE' }.reportCount"), response.asString());
    }

    /** The owner's draft recommendation (its nominee is of the owner) is a DRAFT row for those who may see it, no row else. */
    private static void awardStatistics(Response response, Target t, Outcome expected) {
        JsonPath json = response.jsonPath();
        List<Map<String, Object>> rows = json.getList("rows");
        Integer drafts = rows.stream().filter(r -> t.owner().equals(r.get("province")) && "DRAFT".equals(r.get("status")))
                .map(r -> ((Number) r.get("count")).intValue()).findFirst().orElse(null);
        assertEquals(expected == Outcome.VISIBLE ? Integer.valueOf(1) : null, drafts,
                () -> t.owner() + "'s draft recommendation in the statistics: " + response.asString());
        assertTrue(rows.stream().anyMatch(r -> t.owner().equals(r.get("province")) && "APPROVED".equals(r.get("status"))),
                () -> "the approved award is counted: " + response.asString());
        long sum = rows.stream().mapToLong(r -> ((Number) r.get("count")).longValue()).sum();
        assertEquals(sum, json.getLong("totals.recommendations.count"), () -> "totals add up: " + response.asString());
    }

    /**
     * The change feed from the cursor taken before the subject was made: every event of its items that
     * central staff see is there for those who may see them, none for the others.
     */
    private static void changes(Caller caller, Outcome expected, Target t) {
        List<String[]> items = items(t);
        for (String[] item : items) {
            awaitInFeed(t.cursor(), item[0], Long.parseLong(item[1]));
        }
        if (expected == Outcome.FORBIDDEN) {
            caller.request().queryParam("after", t.cursor()).get("/api/v1/changes").then().spec(problem(403, "forbidden"));
            return;
        }
        Set<String> all = eventsOf(feed(Caller.CENTRAL, t.cursor()), items);
        Set<String> seen = eventsOf(feed(caller, t.cursor()), items);
        assertFalse(all.isEmpty(), "central staff see the events of " + items.size() + " item(s)");
        assertEquals(expected == Outcome.VISIBLE ? all : Set.of(), seen, () -> "the change feed read by " + caller);
    }

    private static Set<String> eventsOf(List<Map<String, Object>> feed, List<String[]> items) {
        Set<String> wanted = items.stream().map(i -> i[0] + " " + i[1]).collect(Collectors.toSet());
        return feed.stream().map(e -> e.get("entity") + " " + e.get("id") + " " + e.get("action") + " " + e.get("status"))
                .filter(e -> wanted.stream().anyMatch(w -> e.startsWith(w + " ")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every change after the cursor, as this caller reads them: `next` with limit 1000 until a page is empty. */
    private static List<Map<String, Object>> feed(Caller caller, String after) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            RequestSpecification request = caller.request().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            cursor = page.getString("next");
        }
    }

    /** The end of the feed now, as central staff read it: the cursor to read what happens next from. */
    private static String feedEnd() {
        String cursor = null;
        while (true) {
            RequestSpecification request = Api.as("central").queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    /** Waits (up to 10 s) until central staff see the latest status of the item in the feed: it is then past it for all. */
    private static void awaitInFeed(String cursor, String entity, long id) {
        String path = switch (entity) {
            case "report" -> REPORTS;
            case "scorecard" -> "/api/v1/scorecards";
            default -> RECOMMENDATIONS;
        } + "/" + id;
        String status = Api.as("central").get(path).then().statusCode(200).extract().jsonPath().getString("status");
        String key = cursor + " " + entity + " " + id + " " + status;
        if (IN_FEED.contains(key)) {
            return;
        }
        await("the change feed showing " + entity + " " + id + " in status " + status).atMost(Duration.ofSeconds(10))
                .until(() -> feed(Caller.CENTRAL, cursor).stream().anyMatch(e -> entity.equals(e.get("entity"))
                        && ((Number) e.get("id")).longValue() == id && status.equals(e.get("status"))));
        IN_FEED.add(key);
    }

    /** The target's items as {entity, id}, in the names of the audit trail and the change feed. */
    private static List<String[]> items(Target t) {
        List<String[]> items = new ArrayList<>();
        if (t.report() > 0) {
            items.add(new String[] {"report", Long.toString(t.report())});
        }
        if (t.recommendation() > 0) {
            items.add(new String[] {"award-recommendation", Long.toString(t.recommendation())});
        }
        if (t.scorecard() > 0) {
            items.add(new String[] {"scorecard", Long.toString(t.scorecard())});
        }
        return items;
    }

    private static List<Long> ids(Response response) {
        List<Object> ids = response.jsonPath().getList("items.id");
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    // ------------------------------------------------------------------------------------------
    // The data, made through the API.
    // ------------------------------------------------------------------------------------------

    /** A fresh bloc in a fresh year before the merger: 38 head, 20 deputy, 40, 42 and 36 (old Nam Định) members. */
    record Bloc(String code, int year, long headMembership) {

        static Bloc fresh() {
            String code = Fixtures.cluster("BLOC");
            int year = Api.freshBlocYear();
            long head = Fixtures.member(code, year, "38", "HEAD");
            Fixtures.member(code, year, "20", "DEPUTY");
            Fixtures.member(code, year, "40", "MEMBER");
            Fixtures.member(code, year, "42", "MEMBER");
            Fixtures.member(code, year, "36", "MEMBER");
            return new Bloc(code, year, head);
        }

        /** The one bloc of the lifecycle rows' recommendations (each with a nominee of its own). */
        static synchronized Bloc forRecommendations() {
            if (lifecycleRecommendations == null) {
                lifecycleRecommendations = inLifecycleYear();
            }
            return lifecycleRecommendations;
        }

        /** A fresh bloc in the lifecycle rows' year: 38 head, 40 member. */
        static Bloc forReports() {
            return inLifecycleYear();
        }

        private static Bloc inLifecycleYear() {
            String code = Fixtures.cluster("BLOC");
            long head = Fixtures.member(code, LifecycleYear.VALUE, "38", "HEAD");
            Fixtures.member(code, LifecycleYear.VALUE, "40", "MEMBER");
            return new Bloc(code, LifecycleYear.VALUE, head);
        }
    }

    /** One bloc year for all lifecycle rows: blocs share no rule across clusters. */
    private static final class LifecycleYear {
        static final int VALUE = Api.freshBlocYear();
    }

    private static Bloc lifecycleRecommendations;

    /** Letters only (A, B, ..., Z, BA, ...), so that each lifecycle nominee has a name of their own. */
    private static String nomineeSuffix(int n) {
        StringBuilder letters = new StringBuilder();
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return letters.toString();
    }
    private static final AtomicInteger NOMINEES = new AtomicInteger();
    /** Items seen in the feed by central staff in a status: the feed is past them for everyone. */
    private static final Set<String> IN_FEED = ConcurrentHashMap.newKeySet();

    /** The class's data, made on first use. */
    static final class World {

        private static World instance;

        final Target ngheAn;
        final Target namDinh;

        private World() {
            Bloc bloc = Bloc.fresh();
            String cursor = feedEnd();
            // The drafts: Nghệ An's by its officers; old Nam Định's by today's Ninh Bình's, who act for it.
            long ngheAnReport = draftReport(bloc, "40", "40", "9900");
            long ngheAnDraft = draftRecommendation(bloc, "40", "40", "Phan Văn Hùng");
            long namDinhReport = draftReport(bloc, "37", "36", "5600");
            long namDinhDraft = draftRecommendation(bloc, "37", "36", "Vũ Thị Lan");
            // Each draft has a document in its dossier, by its own officers.
            attach("40", RECOMMENDATIONS, ngheAnDraft);
            attach("40", REPORTS, ngheAnReport);
            attach("37", RECOMMENDATIONS, namDinhDraft);
            attach("37", REPORTS, namDinhReport);
            // The controls: submitted work, visible to all.
            long accepted = draftReport(bloc, "42", "42", "7000");
            centralActs(REPORTS + "/" + accepted, "submit", Map.of("note", "Gửi báo cáo."));
            centralActs(REPORTS + "/" + accepted, "accept", Map.of("note", "Tiếp nhận."));
            long ngheAnAward = approvedAward(bloc, "40", "Trần Văn Bình");
            long namDinhAward = approvedAward(bloc, "36", "Đỗ Thị Hoa");
            // The year's scoring: draft scorecards of Nghệ An and old Nam Định, Hà Tĩnh's confirmed (the control);
            // and the election of next year's head.
            ScoringFixtures.createScheme(bloc.code(), bloc.year());
            long ngheAnCard = draftScorecard(bloc, "40", "40");
            long namDinhCard = draftScorecard(bloc, "37", "36");
            long confirmedCard = ScoringFixtures.confirmedScorecard(bloc.code(), "42", bloc.year(), "I.1", "10", "I.2", "10",
                    "II.1", "20");
            Api.as("central").body(Map.of("year", bloc.year() + 1, "heldOn", (bloc.year() + 1) + "-03-13", "membersPresent", 5,
                            "head", Map.of("provinceCode", "40", "votes", 5), "deputies", List.of()))
                    .post("/api/v1/clusters/{code}/elections", bloc.code()).then().statusCode(201);
            Api.as("central").body(Map.of("year", bloc.year(), "title", "Giao ước thi đua", "items",
                            List.of(Map.of("text", "Tổ chức tốt các phong trào thi đua."))))
                    .post("/api/v1/clusters/{code}/covenants", bloc.code()).then().statusCode(201);
            ngheAn = new Target(bloc, "40", "40", ngheAnReport, ngheAnDraft, cursor, accepted, ngheAnAward, ngheAnCard,
                    confirmedCard);
            namDinh = new Target(bloc, "36", "37", namDinhReport, namDinhDraft, cursor, accepted, namDinhAward, namDinhCard,
                    confirmedCard);
        }

        static synchronized World get() {
            if (instance == null) {
                instance = new World();
            }
            return instance;
        }
    }

    private static final Map<String, Long> CONFERENCES = new ConcurrentHashMap<>();
    private static volatile Long exemplaryModel;

    /** The bloc's conference (one, made on first use), hosted by Nghệ An (40). */
    private static long conferenceOf(Bloc bloc) {
        return CONFERENCES.computeIfAbsent(bloc.code(), code -> Api.as("central")
                .body(Map.of("year", bloc.year(), "kind", "OTHER", "title", "Hội nghị giao lưu", "startsOn", bloc.year() + "-05-10",
                        "place", "Thành phố Vinh", "hostProvinceCode", "40"))
                .post("/api/v1/clusters/{code}/conferences", code).then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** An exemplary model (one, made on first use). */
    private static synchronized long exemplaryModel() {
        if (exemplaryModel == null) {
            exemplaryModel = Api.as("central").body(Map.of("name", "Hợp tác xã tiêu biểu " + UUID.randomUUID(),
                            "kind", "COLLECTIVE", "provinceCode", "40", "fromYear", 2023, "achievements", "Tập thể tiêu biểu."))
                    .post("/api/v1/exemplary-models").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return exemplaryModel;
    }

    private static void attach(String asOfficerOf, String owners, long owner) {
        Api.asProvince(asOfficerOf).contentType("application/octet-stream").body(Fixtures.pdf("Tờ trình " + owner))
                .queryParam("kind", "PROPOSAL_LETTER").queryParam("title", "Tờ trình đề nghị khen thưởng")
                .queryParam("fileName", "Tờ trình.pdf")
                .post(owners + "/{id}/documents", owner).then().statusCode(201);
    }

    /** A draft scorecard of {@code province}, written by an officer of {@code asOfficerOf}. */
    private static long draftScorecard(Bloc bloc, String asOfficerOf, String province) {
        return Api.asProvince(asOfficerOf).body(ScoringFixtures.card(bloc.code(), province, bloc.year(),
                        ScoringFixtures.lines("I.1", "10", "I.2", "10", "II.1", "20", "T.1", "5")))
                .post("/api/v1/scorecards").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft report of {@code province} for the first half, written by an officer of {@code asOfficerOf}. */
    private static long draftReport(Bloc bloc, String asOfficerOf, String province, String budgetRevenue) {
        return Api.asProvince(asOfficerOf)
                .body(Map.of("clusterCode", bloc.code(), "provinceCode", province, "period", bloc.year() + "-H1",
                        "values", Fixtures.values("BUDGET_REVENUE", budgetRevenue)))
                .post(REPORTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft recommendation of {@code province} for a nominee of its own, written by an officer of {@code asOfficerOf}. */
    private static long draftRecommendation(Bloc bloc, String asOfficerOf, String province, String nominee) {
        return Api.asProvince(asOfficerOf).body(recommendation(bloc, province, nominee)).post(RECOMMENDATIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> recommendation(Bloc bloc, String province, String nominee) {
        return Fixtures.recommendation(bloc.code(), bloc.year(), province, nominee, province);
    }

    /** A recommendation of {@code province}, taken by central staff through submission, vote, forwarding and approval. */
    private static long approvedAward(Bloc bloc, String province, String nominee) {
        long id = Api.as("central").body(recommendation(bloc, province, nominee)).post(RECOMMENDATIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String path = RECOMMENDATIONS + "/" + id;
        centralActs(path, "submit", Map.of());
        centralActs(path, "vote", Map.of("membersPresent", 5, "votesFor", 5, "votesAgainst", 0, "votesAbstaining", 0));
        Fixtures.attachDossier(id);
        centralActs(path, "forward", Map.of());
        centralActs(path, "decide", Map.of("outcome", "APPROVED", "decisionNumber", "77/QĐ-TTg",
                "decisionDate", "2024-10-14", "decidingAuthority", "Thủ tướng Chính phủ"));
        return id;
    }

    private static void centralActs(String path, String action, Object body) {
        String etag = Api.etagOf(Api.as("central").get(path).then().statusCode(200).extract().response());
        Api.as("central").header("If-Match", etag).body(body).post(path + "/" + action).then().statusCode(200);
    }
}
