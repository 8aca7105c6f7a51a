package vn.thidua.change;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.ScoringFixtures;

@QuarkusTest
class ChangeFeedTest {

    private static final String FEED = "/api/v1/changes";
    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";
    /** Pre-2025 units; the first is the head (Thái Bình). */
    private static final List<String> PROVINCES = List.of("38", "42", "40", "20", "14", "11", "12", "04", "22");

    /** The year each test's bloc has its members in. */
    private static final Map<String, Integer> YEARS = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource database;

    /** One change as a consumer keeps it. */
    private record Change(String cursor, String entity, long id, String action, String status, String clusterCode,
                          String provinceCode, int year, String href) {
        String what() {
            return entity + "/" + id + " " + action + " " + status;
        }
    }

    /** What one call of the feed answered. */
    private record Page(List<Change> items, String next) {
    }

    @Test
    void reportsAndRecommendationsAppearInTheOrderTheirChangesWereMadeWithTheirStatus() {
        String cluster = bloc(3);
        int year = yearOf(cluster);
        String start = end();

        long report = Fixtures.acceptedReport(cluster, "40", year + "-H1", Fixtures.values("NTM_COMMUNES", "83"));
        long recommendation = Api.asProvince("42").body(recommendation(cluster, year, "42", "Ủy ban nhân dân tỉnh Nam Định"))
                .post(RECOMMENDATIONS).then().statusCode(201).extract().jsonPath().getLong("id");
        act(Api.asProvince("42"), recommendation, "submit", Map.of());
        act(Api.asProvince("38"), recommendation, "vote", Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0,
                "votesAbstaining", 0));
        Fixtures.attachDossier(recommendation);
        act(Api.asProvince("38"), recommendation, "forward", Map.of());
        act(Api.as("central"), recommendation, "decide", Map.of("outcome", "APPROVED", "decisionNumber", "1636/QĐ-TTg",
                "decisionDate", year + "-12-28", "decidingAuthority", "Thủ tướng Chính phủ"));

        List<Change> changes = readAll("viewer", start, 1000).stream()
                .filter(c -> cluster.equals(c.clusterCode())).toList();
        assertEquals(List.of(
                "report/" + report + " create DRAFT",
                "report/" + report + " submit SUBMITTED",
                "report/" + report + " accept ACCEPTED",
                "award-recommendation/" + recommendation + " create DRAFT",
                "award-recommendation/" + recommendation + " submit SUBMITTED",
                "award-recommendation/" + recommendation + " vote ENDORSED",
                "award-recommendation/" + recommendation + " document ENDORSED",
                "award-recommendation/" + recommendation + " document ENDORSED",
                "award-recommendation/" + recommendation + " document ENDORSED",
                "award-recommendation/" + recommendation + " forward FORWARDED",
                "award-recommendation/" + recommendation + " decide APPROVED"),
                changes.stream().map(Change::what).toList());
        Change first = changes.get(0);
        assertEquals("40", first.provinceCode());
        assertEquals(year, first.year());
        assertEquals("/api/v1/reports/" + report, first.href());
        Change decided = changes.get(changes.size() - 1);
        assertEquals("42", decided.provinceCode());
        assertEquals("/api/v1/award-recommendations/" + recommendation, decided.href());
        Api.as("viewer").get(decided.href()).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void anUpdateAndAReturnAreChangesOfTheirOwn() {
        String cluster = bloc(2);
        int year = yearOf(cluster);
        String start = end();
        long report = Fixtures.report(cluster, "42", year + "-FY", Fixtures.values("NTM_COMMUNES", "12"));
        Fixtures.act(report, "submit");
        Fixtures.act(report, "return");
        String etag = Api.etagOf(Api.as("central").get("/api/v1/reports/{id}", report).then().extract().response());
        Api.asProvince("42").header("If-Match", etag).body(Map.of("values", Fixtures.values("NTM_COMMUNES", "13")))
                .put("/api/v1/reports/{id}", report).then().statusCode(200);

        assertEquals(List.of("report/" + report + " create DRAFT", "report/" + report + " submit SUBMITTED",
                        "report/" + report + " return RETURNED", "report/" + report + " update RETURNED"),
                readAll("central", start, 1000).stream().filter(c -> cluster.equals(c.clusterCode()))
                        .map(Change::what).toList());
    }

    @Test
    void resumingFromAStoredCursorReturnsExactlyTheRest() {
        String cluster = bloc(4);
        int year = yearOf(cluster);
        String start = end();
        for (String province : List.of("38", "42", "40", "20")) {
            long id = Fixtures.report(cluster, province, year + "-H1", Fixtures.values("NTM_COMMUNES", "40"));
            Fixtures.act(id, "submit");
        }
        List<Change> atOnce = readAll("central", start, 1000);
        assertTrue(atOnce.size() >= 8, "the eight changes of this test are in the feed");

        Page firstThree = read("central", start, 3);
        assertEquals(atOnce.subList(0, 3), firstThree.items());
        assertEquals(firstThree.items().get(2).cursor(), firstThree.next());
        // The consumer stores next, stops, and comes back later: exactly the rest, in the same order.
        assertEquals(atOnce.subList(3, atOnce.size()), readAll("central", firstThree.next(), 2));
        // Resuming after any single item's cursor works the same way.
        assertEquals(atOnce.subList(5, atOnce.size()), readAll("central", atOnce.get(4).cursor(), 1000));

        String last = atOnce.get(atOnce.size() - 1).cursor();
        Api.as("central").queryParam("after", last).get(FEED).then().statusCode(200)
                .body("items", empty()).body("next", equalTo(last));
    }

    /**
     * Eight portals create and submit reports and recommendations at the same time while a consumer
     * polls the feed with its cursor, a few changes at a time. Transactions commit in another order
     * than they began; the consumer must still end with every change of those items exactly once.
     */
    @Test
    void aConsumerPollingWhileEightWritersWorkGetsEveryChangeExactlyOnce() throws Exception {
        int writers = 8;
        String cluster = bloc(writers + 1);
        int year = yearOf(cluster);
        String start = end();

        Set<String> items = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<List<Change>> consumer = pool.submit(() -> {
                List<Change> seen = new ArrayList<>();
                String cursor = start;
                boolean last = false;
                while (true) {
                    // One more full pass after the writers have finished, to collect what they wrote last.
                    boolean finished = !writing.get();
                    Page page = read("central", cursor, 7);
                    seen.addAll(page.items());
                    cursor = page.next();
                    if (page.items().isEmpty()) {
                        if (last) {
                            return seen;
                        }
                        last = finished;
                    }
                }
            });
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String province = PROVINCES.get(w + 1);
                work.add(pool.submit(() -> {
                    go.await();
                    for (String period : List.of(year + "-H1", year + "-FY")) {
                        long report = Api.asProvince(province)
                                .body(Map.of("clusterCode", cluster, "provinceCode", province, "period", period,
                                        "values", Fixtures.values("NTM_COMMUNES", "20")))
                                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
                        items.add("report/" + report);
                        act(Api.asProvince(province), report, "/api/v1/reports", "submit", Map.of());
                    }
                    for (int n = 1; n <= 3; n++) {
                        long recommendation = Api.asProvince(province)
                                .body(recommendation(cluster, year, province, "Nguyễn Văn An " + province + "-" + n, "INDIVIDUAL",
                                        "PROVINCIAL_CERTIFICATE_OF_MERIT"))
                                .post(RECOMMENDATIONS).then().statusCode(201).extract().jsonPath().getLong("id");
                        items.add("award-recommendation/" + recommendation);
                        act(Api.asProvince(province), recommendation, "submit", Map.of());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : work) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);

            List<Change> seen = consumer.get(2, TimeUnit.MINUTES).stream()
                    .filter(c -> items.contains(c.entity() + "/" + c.id())).toList();
            assertEquals(writers * (2 + 3), items.size());
            Set<String> cursors = seen.stream().map(Change::cursor).collect(Collectors.toSet());
            assertEquals(seen.size(), cursors.size(), "no change was handed out twice");
            List<String> written = eventsInDatabase(items);
            List<String> got = seen.stream().map(Change::what).toList();
            assertEquals(writers * (2 + 3) * 2, written.size());
            assertEquals(List.of(), without(written, got), "changes recorded in the database that the consumer never got");
            assertEquals(List.of(), without(got, written), "changes the consumer got more than once or that were never recorded");
            Map<String, List<String>> perItem = new HashMap<>();
            seen.forEach(c -> perItem.computeIfAbsent(c.entity() + "/" + c.id(), k -> new ArrayList<>()).add(c.action()));
            perItem.values().forEach(actions -> assertEquals(List.of("create", "submit"), actions));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProvinceOfficerDoesNotSeeAnotherProvincesDrafts() {
        String cluster = bloc(3);
        int year = yearOf(cluster);
        String start = end();
        long submitted = Fixtures.report(cluster, "40", year + "-H1", Fixtures.values("NTM_COMMUNES", "83"));
        Fixtures.act(submitted, "submit");
        long draft = Api.asProvince("42").body(recommendation(cluster, year, "42", "Công ty cổ phần Dệt Nam Định"))
                .post(RECOMMENDATIONS).then().statusCode(201).extract().jsonPath().getLong("id");

        assertEquals(List.of("report/" + submitted + " submit SUBMITTED", "award-recommendation/" + draft + " create DRAFT"),
                whatIn(readAll("42", start, 1000), cluster));
        assertEquals(List.of("report/" + submitted + " create DRAFT", "report/" + submitted + " submit SUBMITTED"),
                whatIn(readAll("40", start, 1000), cluster));
        List<String> all = List.of("report/" + submitted + " create DRAFT", "report/" + submitted + " submit SUBMITTED",
                "award-recommendation/" + draft + " create DRAFT");
        assertEquals(all, whatIn(readAll("viewer", start, 1000), cluster));
        assertEquals(all, whatIn(readAll("admin", start, 1000), cluster));
    }

    /**
     * A scheme's freezing is everyone's news, so it may not come from a draft: another province would learn that a
     * member has started a card it may not see. A draft scorecard freezes nothing; its submission freezes the scheme.
     */
    @Test
    void aDraftScorecardFreezesNoSchemeOnlyItsSubmissionDoes() {
        String cluster = bloc(3);
        int year = yearOf(cluster);
        String start = end();
        String scheme = "/api/v1/clusters/" + cluster + "/scoring-schemes/" + year;
        Api.as("central").body(ScoringFixtures.scheme(year)).post("/api/v1/clusters/{code}/scoring-schemes", cluster)
                .then().statusCode(201);
        long card = Api.asProvince("42").body(ScoringFixtures.card(cluster, "42", year,
                        ScoringFixtures.lines("I.1", "10", "I.2", "9", "II.1", "19")))
                .post("/api/v1/scorecards").then().statusCode(201).extract().jsonPath().getLong("id");

        Api.asProvince("40").get(scheme).then().statusCode(200).body("frozen", equalTo(false));
        assertEquals(List.of("scoring-scheme create OPEN"), schemesById(whatIn(readAll("40", start, 1000), cluster)));
        assertEquals(List.of("scoring-scheme create OPEN", "scorecard/" + card + " create DRAFT"),
                schemesById(whatIn(readAll("42", start, 1000), cluster)));

        act(Api.asProvince("42"), card, "/api/v1/scorecards", "submit", Map.of());

        Api.asProvince("40").get(scheme).then().statusCode(200).body("frozen", equalTo(true));
        List<String> seen = schemesById(whatIn(readAll("40", start, 1000), cluster));
        assertEquals("scoring-scheme create OPEN", seen.get(0), seen.toString());
        // The submission and the freezing are one transaction: their order within it is not the point.
        assertEquals(Set.of("scorecard/" + card + " submit SUBMITTED", "scoring-scheme freeze FROZEN"),
                Set.copyOf(seen.subList(1, seen.size())), seen.toString());
        assertEquals(3, seen.size(), seen.toString());
    }

    @Test
    void aLimitAbove1000IsABadRequest() {
        Api.invalidAs("viewer").queryParam("limit", 1001).get(FEED).then().spec(problem(400, "bad-request"))
                .body("errors.field", contains("limit"));
        Api.invalidAs("viewer").queryParam("limit", 0).get(FEED).then().spec(problem(400, "bad-request"))
                .body("errors.field", contains("limit"));
        Api.as("viewer").queryParam("limit", 1000).get(FEED).then().statusCode(200);
    }

    @Test
    void aCursorTheFeedDidNotHandOutIsABadRequest() {
        // Well-formed base64url, but not a position ("hello").
        Api.as("viewer").queryParam("after", "aGVsbG8").get(FEED).then().spec(problem(400, "bad-request"))
                .body("errors.field", contains("after"));
        Api.invalidAs("viewer").queryParam("after", "82457:1039").get(FEED).then().spec(problem(400, "bad-request"))
                .body("errors.field", contains("after"));
    }

    @Test
    void anAnonymousCallerIsRefused() {
        Api.anonymous().get(FEED).then().spec(problem(401, "unauthorized"));
    }

    // --- helpers

    /** A fresh bloc in an unused year with this many members, Thanh Hóa (38) the head. */
    private static String bloc(int members) {
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        for (int i = 0; i < members; i++) {
            Fixtures.member(cluster, year, PROVINCES.get(i), i == 0 ? "HEAD" : "MEMBER");
        }
        YEARS.put(cluster, year);
        return cluster;
    }

    private static int yearOf(String cluster) {
        return YEARS.get(cluster);
    }

    private static Map<String, Object> recommendation(String cluster, int year, String province, String collective) {
        return recommendation(cluster, year, province, collective, "COLLECTIVE", "GOV_EMULATION_FLAG");
    }

    private static Map<String, Object> recommendation(String cluster, int year, String province, String nominee,
                                                      String nomineeKind, String awardType) {
        Map<String, Object> body = new HashMap<>();
        body.put("clusterCode", cluster);
        body.put("year", year);
        body.put("awardTypeCode", awardType);
        body.put("kind", "MERIT");
        body.put("nomineeKind", nomineeKind);
        body.put("nomineeName", nominee);
        body.put("nomineeProvinceCode", province);
        body.put("proposingProvinceCode", province);
        body.put("achievements", "Dẫn đầu phong trào thi đua của Cụm năm " + year + ".");
        return body;
    }

    private static void act(RequestSpecification as, long id, String action, Object body) {
        act(as, id, RECOMMENDATIONS, action, body);
    }

    private static void act(RequestSpecification as, long id, String collection, String action, Object body) {
        String etag = Api.etagOf(Api.as("central").get(collection + "/{id}", id).then().statusCode(200).extract().response());
        as.header("If-Match", etag).body(body).post(collection + "/{id}/" + action, id).then().statusCode(200);
    }

    /** A request as this user: a role, or a province code for that province's officer. */
    private static RequestSpecification as(String who) {
        return who.matches("\\d+") ? Api.asProvince(who) : Api.as(who);
    }

    private static Page read(String who, String after, int limit) {
        RequestSpecification as = as(who);
        if (after != null) {
            as.queryParam("after", after);
        }
        JsonPath json = as.queryParam("limit", limit).get(FEED).then().statusCode(200).extract().jsonPath();
        List<Change> items = new ArrayList<>();
        for (int i = 0; i < json.getList("items").size(); i++) {
            String item = "items[" + i + "].";
            items.add(new Change(json.getString(item + "cursor"), json.getString(item + "entity"), json.getLong(item + "id"),
                    json.getString(item + "action"), json.getString(item + "status"), json.getString(item + "clusterCode"),
                    json.getString(item + "provinceCode"), json.getInt(item + "year"), json.getString(item + "href")));
        }
        return new Page(items, json.getString("next"));
    }

    /** Every change after the cursor, page by page, until the feed has nothing more. */
    private static List<Change> readAll(String who, String after, int limit) {
        List<Change> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            Page page = read(who, cursor, limit);
            if (page.items().isEmpty()) {
                return all;
            }
            all.addAll(page.items());
            cursor = page.next();
        }
    }

    /** The cursor at the current end of the feed: a consumer that only wants what comes next reads up to it. */
    private static String end() {
        String cursor = null;
        while (true) {
            Page page = read("central", cursor, 1000);
            if (page.items().isEmpty()) {
                return page.next();
            }
            cursor = page.next();
        }
    }

    private static List<String> whatIn(List<Change> changes, String cluster) {
        return changes.stream().filter(c -> cluster.equals(c.clusterCode())).map(Change::what).toList();
    }

    /** The changes with a scheme's id left out (its view has none to compare with): "scoring-scheme create OPEN". */
    private static List<String> schemesById(List<String> changes) {
        return changes.stream().map(c -> c.replaceFirst("^scoring-scheme/\\d+ ", "scoring-scheme ")).toList();
    }

    /** What is left of {@code values} after taking out each of {@code taken} once (a multiset difference). */
    private static List<String> without(List<String> values, List<String> taken) {
        List<String> left = new ArrayList<>(values);
        taken.forEach(left::remove);
        return left;
    }

    /** The changes the triggers recorded for these items ("report/41"), straight from the database. */
    private List<String> eventsInDatabase(Set<String> items) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT entity, entity_id, action, status FROM change_event WHERE entity || '/' || entity_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", items.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + "/" + rows.getLong(2) + " " + rows.getString(3) + " " + rows.getString(4));
                }
            }
        }
        return events;
    }
}
