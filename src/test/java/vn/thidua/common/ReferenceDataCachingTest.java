package vn.thidua.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Conditional GET of the reference data lists: ETag, If-None-Match → 304, Cache-Control, invalidation by any writer. */
@QuarkusTest
class ReferenceDataCachingTest {

    private static final List<String> LISTS = List.of("/api/v1/provinces", "/api/v1/clusters", "/api/v1/award-types",
            "/api/v1/indicators");

    @Inject
    AgroalDataSource database;

    private static String etag(String path) {
        return Api.asProvince("40").get(path).then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", equalTo("private, max-age=60, must-revalidate"))
                .extract().header("ETag");
    }

    @Test
    void anUnchangedListIsAnswered304WithItsTagAndCachingRules() {
        for (String path : LISTS) {
            String tag = etag(path);
            Api.asProvince("40").header("If-None-Match", tag).get(path).then().statusCode(304)
                    .header("ETag", equalTo(tag))
                    .header("Cache-Control", equalTo("private, max-age=60, must-revalidate"))
                    .body(emptyOrNullString());
            // The strong form of the same tag, and a list of tags containing it, match too (weak comparison).
            Api.asProvince("40").header("If-None-Match", "\"nope\", " + tag.substring(2)).get(path).then().statusCode(304);
            Api.asProvince("40").header("If-None-Match", "W/\"nope\"").get(path).then().statusCode(200)
                    .body("items", not(emptyOrNullString()));
        }
    }

    @Test
    void aChangeThroughTheApiGivesA200WithANewTag() {
        String before = etag("/api/v1/clusters");
        String code = Fixtures.cluster("BLOC");
        String after = Api.asProvince("40").header("If-None-Match", before).get("/api/v1/clusters")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after);
        Api.asProvince("40").header("If-None-Match", after).get("/api/v1/clusters").then().statusCode(304);
        // A single cluster keeps its row version as ETag (for If-Match) and is not cached.
        Api.asProvince("40").get("/api/v1/clusters/{code}", code).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"));
    }

    @Test
    void aChangeMadeStraightInTheDatabaseGivesA200WithANewTag() throws Exception {
        for (String table : List.of("province", "cluster", "award_type", "indicator")) {
            String path = "/api/v1/" + switch (table) {
                case "award_type" -> "award-types";
                default -> table + "s";
            };
            String before = etag(path);
            Api.asProvince("40").header("If-None-Match", before).get(path).then().statusCode(304);
            // As another instance, a migration or an operator would: not through this process.
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE " + table + " SET version = version + 1 WHERE id = (SELECT min(id) FROM " + table + ")");
            }
            String after = Api.asProvince("40").header("If-None-Match", before).get(path).then().statusCode(200)
                    .extract().header("ETag");
            assertNotEquals(before, after, path);
        }
    }

    @Test
    void anotherQueryOfTheSameListHasAnotherTag() {
        String today = etag("/api/v1/provinces");
        Api.asProvince("40").header("If-None-Match", today).queryParam("asOf", "2023-07-26").get("/api/v1/provinces")
                .then().statusCode(200).header("ETag", not(equalTo(today))).body("total", equalTo(63));
    }
}
