package vn.thidua.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.award.AwardFixtures.act;
import static vn.thidua.award.AwardFixtures.body;
import static vn.thidua.award.AwardFixtures.create;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardFixtures.Setting;
import vn.thidua.support.Api;

/**
 * Award statistics are served from kept results, and must stay exactly what a fresh GROUP BY counts: after
 * concurrent writes through the service, and after writes the service never saw (another instance, a script).
 */
@QuarkusTest
class AwardStatisticsExactTest {

    private static final String STATISTICS = "/api/v1/statistics/awards";

    @Inject
    AgroalDataSource database;

    private static JsonPath statistics(Setting s) {
        return Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("year", s.year())
                .queryParam("groupBy", "awardType,status").get(STATISTICS).then().statusCode(200).extract().jsonPath();
    }

    /** "AWARD_TYPE STATUS" → count, as the service answers. */
    private static Map<String, Integer> served(JsonPath json) {
        Map<String, Integer> counts = new TreeMap<>();
        List<Map<String, Object>> rows = json.getList("rows");
        rows.forEach(r -> counts.put(r.get("awardType") + " " + r.get("status"), (Integer) r.get("count")));
        return counts;
    }

    /** The same counts, by a fresh GROUP BY in the database. */
    private Map<String, Integer> counted(Setting s) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT r.award_type_code, r.status, count(*) FROM award_recommendation r JOIN cluster c ON c.id = r.cluster_id
                 WHERE c.code = ? AND r.year = ? GROUP BY 1, 2""")) {
            q.setString(1, s.cluster());
            q.setInt(2, s.year());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return counts;
    }

    private void execute(String sql, Object... params) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.executeUpdate();
        }
    }

    @Test
    void statisticsEqualAFreshGroupByAfterConcurrentWrites() throws Exception {
        Setting s = AwardFixtures.cluster(3);
        create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Nguyễn Văn Khởi", "42"));
        assertEquals(counted(s), served(statistics(s)), "before the writes");

        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            // Two readers keep asking (and keeping results) while four writers create and submit.
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        statistics(s);
                    }
                    return null;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    String province = AwardFixtures.PROVINCES.get(1 + writer % 2);
                    for (int i = 0; i < 3; i++) {
                        long id = create(body(s, i % 2 == 0 ? "PM_CERTIFICATE_OF_MERIT" : "PROVINCIAL_CERTIFICATE_OF_MERIT",
                                "INDIVIDUAL", "Người đề nghị " + writer + "-" + i, province));
                        if (i != 1) {
                            act(Api.asProvince(province), id, "submit", Map.of()).statusCode(200);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        Map<String, Integer> counted = counted(s);
        assertEquals(13, counted.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(counted, served(statistics(s)), "after the concurrent writes");
    }

    @Test
    void aWriteTheServiceNeverSawChangesTheStatisticsAtOnce() throws Exception {
        Setting s = AwardFixtures.cluster(3);
        long id = create(body(s, "PM_CERTIFICATE_OF_MERIT", "INDIVIDUAL", "Trần Văn Hậu", "42"));
        act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        JsonPath before = statistics(s);
        assertEquals(Map.of("PM_CERTIFICATE_OF_MERIT SUBMITTED", 1), served(before));
        assertEquals(0, before.getInt("totals.recommendations.adHoc"));

        // As another instance (or a script) would: straight to the database.
        execute("UPDATE award_recommendation SET kind = 'AD_HOC' WHERE id = ?", id);
        assertEquals(1, statistics(s).getInt("totals.recommendations.adHoc"), "a counted column changed elsewhere");
        execute("UPDATE award_recommendation SET status = 'RETURNED', reason = 'Bổ sung hồ sơ.' WHERE id = ?", id);
        assertEquals(counted(s), served(statistics(s)), "a status changed elsewhere");
        assertEquals(Map.of("PM_CERTIFICATE_OF_MERIT RETURNED", 1), served(statistics(s)));
    }

    @Test
    void aRenamedAwardTypeShowsInTheStatisticsAtOnce() throws Exception {
        Setting s = AwardFixtures.cluster(3);
        create(body(s, "LETTER_OF_COMMENDATION", "INDIVIDUAL", "Lê Thị Hồng", "42"));
        assertEquals("Giấy khen", statistics(s).getString("rows[0].awardTypeName"));
        try {
            execute("UPDATE award_type SET name = 'Giấy khen (đã đổi tên)' WHERE code = 'LETTER_OF_COMMENDATION'");
            assertEquals("Giấy khen (đã đổi tên)", statistics(s).getString("rows[0].awardTypeName"));
        } finally {
            execute("UPDATE award_type SET name = 'Giấy khen' WHERE code = 'LETTER_OF_COMMENDATION'");
        }
    }
}
