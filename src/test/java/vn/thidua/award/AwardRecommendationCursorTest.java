package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.thidua.common.KeysetCursor;
import vn.thidua.support.Api;
import vn.thidua.support.Problems;

/** Keyset paging of the award recommendations: {@code cursor}, {@code next}, the Link header and totals on request. */
@QuarkusTest
class AwardRecommendationCursorTest {

    private static final String PERSONAL = "PROVINCIAL_CERTIFICATE_OF_MERIT";

    @Test
    void walkingByCursorReturnsEveryRecommendationOnceWhileOthersAreCreated() throws Exception {
        AwardFixtures.Setting s = AwardFixtures.cluster(3);
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < 13; i++) {
            before.add(AwardFixtures.create(AwardFixtures.body(s, PERSONAL, "INDIVIDUAL", "Nguyễn Văn Trước " + i,
                    AwardFixtures.PROVINCES.get(i % 3))));
        }
        // Other portals keep proposing in the same cluster and year while the walk goes on.
        AtomicBoolean walking = new AtomicBoolean(true);
        AtomicInteger created = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            while (walking.get() || created.get() < 3) {
                AwardFixtures.create(AwardFixtures.body(s, PERSONAL, "INDIVIDUAL", "Trần Thị Trong " + created.get(), "42"));
                created.incrementAndGet();
            }
        });
        List<Long> seen = new ArrayList<>();
        int pages = 0;
        try {
            String cursor = null;
            do {
                RequestSpecification request = Api.as("viewer").queryParam("cluster", s.cluster())
                        .queryParam("year", s.year()).queryParam("size", 4);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.get(AwardFixtures.PATH).then().statusCode(200).extract().response();
                JsonPath body = page.jsonPath();
                seen.addAll(body.getList("items.id", Long.class));
                cursor = body.getString("next");
                if (cursor != null) {
                    assertTrue(page.header("Link").contains("cursor=" + cursor) && page.header("Link").endsWith("rel=\"next\""),
                            "the Link header names the same next page: " + page.header("Link"));
                    assertTrue(!page.header("Link").contains("page="), page.header("Link"));
                } else {
                    assertNull(page.header("Link"), "no Link on the last page");
                }
                pages++;
                // Make sure a write lands between each pair of pages, whatever the threads' timing.
                AwardFixtures.create(AwardFixtures.body(s, PERSONAL, "INDIVIDUAL", "Lê Văn Giữa " + pages, "40"));
            } while (cursor != null && pages < 50);
        } finally {
            walking.set(false);
            writes.get();
            writer.shutdown();
        }

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no recommendation twice: " + seen);
        assertTrue(seen.containsAll(before), "none that existed at the start is missed: " + seen + " vs " + before);
        List<Long> newestFirst = new ArrayList<>(seen);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, seen, "newest first, as the numbered pages");
        assertTrue(pages >= 4, "13 or more items in pages of 4: " + pages);
    }

    @Test
    void aCursorPageCountsOnlyWhenAsked() {
        AwardFixtures.Setting s = AwardFixtures.cluster(2);
        for (int i = 0; i < 3; i++) {
            AwardFixtures.create(AwardFixtures.body(s, PERSONAL, "INDIVIDUAL", "Phạm Văn Đếm " + i, "42"));
        }
        JsonPath first = Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("size", 2)
                .get(AwardFixtures.PATH).then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0))
                .extract().jsonPath();
        String next = first.getString("next");
        assertNotNull(next);

        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("size", 2).queryParam("cursor", next)
                .get(AwardFixtures.PATH).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("total", nullValue()).body("page", nullValue())
                .body("next", nullValue());
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("size", 2).queryParam("cursor", next)
                .queryParam("withTotal", true).get(AwardFixtures.PATH).then().statusCode(200).body("total", equalTo(3));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("size", 2).queryParam("withTotal", false)
                .get(AwardFixtures.PATH).then().statusCode(200).body("total", nullValue())
                .body("next", equalTo(next));
    }

    @Test
    void aCursorThisListDidNotHandOutIsTheCallersMistake() {
        String notBase64 = "***";
        String foreign = Base64.getUrlEncoder().withoutPadding().encodeToString("1:2".getBytes(StandardCharsets.US_ASCII));
        String negative = Base64.getUrlEncoder().withoutPadding().encodeToString("k1:-5".getBytes(StandardCharsets.US_ASCII));
        for (String cursor : List.of(notBase64, foreign, negative)) {
            Api.invalidAs("viewer").queryParam("cursor", cursor).get(AwardFixtures.PATH)
                    .then().spec(Problems.problem(400, "bad-request")).body("errors.field", contains("cursor"));
        }
        Api.invalidAs("viewer").queryParam("cursor", KeysetCursor.after(1000)).queryParam("page", 2).get(AwardFixtures.PATH)
                .then().spec(Problems.problem(400, "bad-request")).body("errors.field", contains("page"));
    }

    @Test
    void aCursorNeverRevealsAnotherProvincesDraft() {
        AwardFixtures.Setting s = AwardFixtures.cluster(3);
        long submitted = AwardFixtures.create(AwardFixtures.body(s, PERSONAL, "INDIVIDUAL", "Hoàng Văn Nộp", "42"));
        AwardFixtures.act(Api.asProvince("42"), submitted, "submit", Map.of()).statusCode(200);
        long draft = AwardFixtures.create(AwardFixtures.body(s, PERSONAL, "INDIVIDUAL", "Vũ Thị Nháp", "42"));

        // A cursor made to sit just above the draft, and one from the start: the officer of 40 lists only what they may see.
        for (String cursor : List.of(KeysetCursor.after(draft + 1), KeysetCursor.after(Long.MAX_VALUE / 10))) {
            Api.asProvince("40").queryParam("cluster", s.cluster()).queryParam("cursor", cursor).queryParam("withTotal", true)
                    .get(AwardFixtures.PATH).then().statusCode(200)
                    .body("items.id", not(hasItem((int) draft))).body("items.id", hasItem((int) submitted))
                    .body("total", equalTo(1));
        }
        Api.asProvince("42").queryParam("cluster", s.cluster()).queryParam("cursor", KeysetCursor.after(draft + 1))
                .get(AwardFixtures.PATH).then().statusCode(200).body("items.id", contains((int) draft, (int) submitted));
    }
}
