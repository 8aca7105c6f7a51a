package vn.thidua.membership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class MembershipResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static Response add(String cluster, int year, String provinceCode, String role) {
        return Api.as("admin").body(Map.of("year", year, "provinceCode", provinceCode, "role", role))
                .post("/api/v1/clusters/{code}/members", cluster);
    }

    @Test
    void addingAMemberAnswersTheMembershipWithLocationAndETag() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        Response created = add(cluster, year, "34", "HEAD")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("clusterCode", equalTo(cluster))
                .body("year", equalTo(year))
                .body("role", equalTo("HEAD"))
                .body("province.code", equalTo("34"))
                .body("province.name", equalTo("Thái Bình"))
                .body("province.validTo", equalTo("2025-06-30"))
                .extract().response();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/clusters/" + cluster + "/members/" + id),
                created.header("Location"));

        Api.as("viewer").get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo((int) id))
                .body("province.name", equalTo("Thái Bình"))
                .body("role", equalTo("HEAD"));
    }

    @Test
    void membersAreListedByYearNewestFirstThenHeadDeputiesMembersThenProvinceCode() {
        String cluster = Fixtures.cluster("PROVINCES");
        int earlier = Api.freshYear();
        int later = Api.freshYear();
        Fixtures.member(cluster, earlier, "37", "MEMBER");
        Fixtures.member(cluster, earlier, "22", "MEMBER");
        Fixtures.member(cluster, earlier, "36", "DEPUTY");
        Fixtures.member(cluster, earlier, "35", "DEPUTY");
        Fixtures.member(cluster, earlier, "34", "HEAD");
        Fixtures.member(cluster, later, "26", "MEMBER");
        Fixtures.member(cluster, later, "30", "DEPUTY");
        Fixtures.member(cluster, later, "33", "HEAD");

        Api.as("viewer").get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200)
                .body("total", equalTo(8))
                .body("items.year", contains(later, later, later, earlier, earlier, earlier, earlier, earlier))
                .body("items.role", contains("HEAD", "DEPUTY", "MEMBER", "HEAD", "DEPUTY", "DEPUTY", "MEMBER", "MEMBER"))
                .body("items.province.code", contains("33", "30", "26", "34", "35", "36", "22", "37"))
                .body("items.province.name", contains("Hưng Yên", "Hải Dương", "Vĩnh Phúc", "Thái Bình", "Hà Nam",
                        "Nam Định", "Quảng Ninh", "Ninh Bình"));
    }

    @Test
    void theListFiltersByYearAndRoleAndPages() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        int otherYear = Api.freshYear();
        Fixtures.member(cluster, year, "34", "HEAD");
        Fixtures.member(cluster, year, "35", "DEPUTY");
        Fixtures.member(cluster, year, "36", "DEPUTY");
        Fixtures.member(cluster, otherYear, "35", "HEAD");

        Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200).body("total", equalTo(3)).body("items.province.code", contains("34", "35", "36"));
        Api.as("viewer").queryParam("year", year).queryParam("role", "DEPUTY")
                .get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200).body("total", equalTo(2)).body("items.province.code", contains("35", "36"));
        Api.as("viewer").queryParam("role", "HEAD").get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200).body("items.year", contains(otherYear, year));
        Api.as("viewer").queryParam("year", year).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/clusters/{code}/members", cluster)
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.province.code", contains("36"));
    }

    @Test
    void aYearFilterOutsideTheRangeIsABadRequest() {
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("viewer").queryParam("year", 1900).get("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "bad-request")).body("errors.field", contains("year"));
        Api.invalidAs("viewer").queryParam("size", 101).get("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "bad-request")).body("errors.field", contains("size"));
    }

    @Test
    void membersOfAnUnknownClusterAreNotFound() {
        Api.as("viewer").get("/api/v1/clusters/{code}/members", "KHONG-CO")
                .then().spec(problem(404, "not-found"));
        Api.as("admin").body(Map.of("year", 2023, "provinceCode", "34", "role", "HEAD"))
                .post("/api/v1/clusters/{code}/members", "KHONG-CO")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void aMembershipIsOnlyFoundUnderItsOwnCluster() {
        String cluster = Fixtures.cluster("PROVINCES");
        String other = Fixtures.cluster("PROVINCES");
        long id = Fixtures.member(cluster, Api.freshYear(), "34", "MEMBER");
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", other, id)
                .then().spec(problem(404, "not-found"));
        Api.as("admin").header("If-Match", "\"0\"").delete("/api/v1/clusters/{code}/members/{id}", other, id)
                .then().spec(problem(404, "not-found"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id).then().statusCode(200);
    }

    @Test
    void aSecondHeadInTheSameYearConflicts() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        Fixtures.member(cluster, year, "34", "HEAD");
        add(cluster, year, "36", "HEAD")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("role"))
                .body("detail", containsString("already has a head"));
        Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", cluster)
                .then().body("items.province.code", contains("34"));

        // A head in another year, and deputies in the same year, are fine.
        add(cluster, Api.freshYear(), "36", "HEAD").then().statusCode(201);
        add(cluster, year, "36", "DEPUTY").then().statusCode(201);
    }

    @Test
    void aProvinceIsInAtMostOneClusterOfProvincesPerYearButMayAlsoBeInABloc() {
        int year = Api.freshYear();
        String first = Fixtures.cluster("PROVINCES");
        String second = Fixtures.cluster("PROVINCES");
        String bloc = Fixtures.cluster("BLOC");
        Fixtures.member(first, year, "30", "MEMBER");

        add(second, year, "30", "MEMBER")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("provinceCode"))
                .body("detail", containsString("another cluster of provinces"));
        add(bloc, year, "30", "HEAD").then().statusCode(201).body("clusterCode", equalTo(bloc));
        add(second, Api.freshYear(), "30", "MEMBER").then().statusCode(201);
    }

    @Test
    void theSameProvinceTwiceInABlocForTheSameYearConflicts() {
        int year = Api.freshYear();
        String bloc = Fixtures.cluster("BLOC");
        Fixtures.member(bloc, year, "27", "MEMBER");
        add(bloc, year, "27", "DEPUTY")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("provinceCode"))
                .body("detail", containsString("already a member of this cluster"));
    }

    @Test
    void theSameProvinceTwiceInAClusterOfProvincesForTheSameYearConflicts() {
        int year = Api.freshYear();
        String cluster = Fixtures.cluster("PROVINCES");
        Fixtures.member(cluster, year, "26", "MEMBER");
        add(cluster, year, "26", "DEPUTY")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("provinceCode"));
        Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", cluster)
                .then().body("total", equalTo(1)).body("items.role", contains("MEMBER"));
    }

    @Test
    void aProvinceThatDoesNotExistDuringTheYearIsInvalid() {
        String cluster = Fixtures.cluster("BLOC");
        add(cluster, 2026, "27", "MEMBER")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("provinceCode"))
                .body("detail", containsString("2026"));
        add(cluster, Api.freshYear(), "99", "MEMBER")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("provinceCode"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members", cluster).then().body("total", equalTo(0));
    }

    @Test
    void aCodeThatNamedTwoUnitsIn2025MeansTheLaterOne() {
        String bloc = Fixtures.cluster("BLOC");
        add(bloc, 2025, "24", "MEMBER")
                .then().statusCode(201)
                .body("province.code", equalTo("24"))
                .body("province.name", equalTo("Bắc Ninh"))
                .body("province.validFrom", equalTo("2025-07-01"));
        // The unit retired mid-2025 without a successor code of its own still counts for 2025.
        add(bloc, 2025, "27", "MEMBER")
                .then().statusCode(201)
                .body("province.name", equalTo("Bắc Ninh"))
                .body("province.validTo", equalTo("2025-06-30"));
    }

    @Test
    void yearsOutside1945To2100AreInvalid() {
        String bloc = Fixtures.cluster("BLOC");
        for (int year : new int[] {1944, 2101}) {
            Api.invalidAs("admin").body(Map.of("year", year, "provinceCode", "01", "role", "MEMBER"))
                    .post("/api/v1/clusters/{code}/members", bloc)
                    .then().spec(problem(422, "invalid-input"))
                    .body("errors.field", contains("year"));
        }
        add(bloc, 1945, "01", "MEMBER").then().statusCode(201).body("year", equalTo(1945));
        add(bloc, 2100, "01", "MEMBER").then().statusCode(201).body("year", equalTo(2100));
    }

    @Test
    void aProvinceCodeMustBeTwoDigits() {
        String bloc = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body(Map.of("year", Api.freshYear(), "provinceCode", "3", "role", "MEMBER"))
                .post("/api/v1/clusters/{code}/members", bloc)
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("provinceCode"));
    }

    @Test
    void changingARoleByMergePatchAnswersTheNewVersion() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        long id = Fixtures.member(cluster, year, "30", "MEMBER");
        Api.as("central").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\": \"DEPUTY\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("role", equalTo("DEPUTY"))
                .body("province.name", equalTo("Hải Dương"))
                .body("year", equalTo(year));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().header("ETag", equalTo("\"1\"")).body("role", equalTo("DEPUTY"));
    }

    @Test
    void handingTheHeadRoleOverNeedsTheCurrentHeadToStepDownFirst() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        long head = Fixtures.member(cluster, year, "34", "HEAD");
        long deputy = Fixtures.member(cluster, year, "30", "DEPUTY");

        Api.as("admin").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\": \"HEAD\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, deputy)
                .then().spec(problem(409, "conflict")).body("errors.field", contains("role"));

        Api.as("admin").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\": \"MEMBER\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, head).then().statusCode(200);
        Api.as("admin").contentType(MERGE_PATCH).header("If-Match", Fixtures.membershipEtag(cluster, deputy))
                .body("{\"role\": \"HEAD\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, deputy)
                .then().statusCode(200).body("role", equalTo("HEAD"));
        Api.as("viewer").queryParam("year", year).get("/api/v1/clusters/{code}/members", cluster)
                .then().body("items.province.code", contains("30", "34"))
                .body("items.role", contains("HEAD", "MEMBER"));
    }

    @Test
    void changingARoleWithoutIfMatchOrWithAStaleOneIsRefused() {
        String cluster = Fixtures.cluster("PROVINCES");
        long id = Fixtures.member(cluster, Api.freshYear(), "35", "MEMBER");
        Api.invalidAs("admin").contentType(MERGE_PATCH).body("{\"role\": \"DEPUTY\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(428, "if-match-required"));
        Api.as("admin").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\": \"DEPUTY\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, id).then().statusCode(200);
        Api.as("admin").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\": \"HEAD\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(412, "stale-version"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id).then().body("role", equalTo("DEPUTY"));
    }

    @Test
    void aPatchCannotMoveAMembershipToAnotherYearOrProvince() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        long id = Fixtures.member(cluster, year, "35", "MEMBER");
        Api.invalidAs("admin").contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"role\": \"DEPUTY\", \"year\": 2024}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(400, "malformed-body")).body("errors.field", contains("year"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().header("ETag", equalTo("\"0\"")).body("year", equalTo(year)).body("role", equalTo("MEMBER"));
    }

    @Test
    void removingAMemberFreesItsSeat() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        long head = Fixtures.member(cluster, year, "34", "HEAD");
        Api.as("admin").header("If-Match", Fixtures.membershipEtag(cluster, head))
                .delete("/api/v1/clusters/{code}/members/{id}", cluster, head)
                .then().statusCode(204).body(equalTo(""));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, head)
                .then().spec(problem(404, "not-found"));
        add(cluster, year, "36", "HEAD").then().statusCode(201);
        add(Fixtures.cluster("PROVINCES"), year, "34", "MEMBER").then().statusCode(201);
    }

    @Test
    void removingAMemberWithoutIfMatchOrWithAStaleOneIsRefused() {
        String cluster = Fixtures.cluster("PROVINCES");
        long id = Fixtures.member(cluster, Api.freshYear(), "37", "MEMBER");
        Api.invalidAs("admin").delete("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(428, "if-match-required"));
        Api.as("admin").header("If-Match", "\"3\"").delete("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(412, "stale-version"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id).then().statusCode(200);
    }

    @Test
    void onlyAdminAndCentralChangeMemberships() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        long id = Fixtures.member(cluster, year, "34", "MEMBER");
        Api.as("viewer").body(Map.of("year", year, "provinceCode", "35", "role", "MEMBER"))
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\": \"HEAD\"}")
                .patch("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").header("If-Match", "\"0\"").delete("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().spec(problem(403, "forbidden"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, id)
                .then().header("ETag", equalTo("\"0\"")).body("role", equalTo("MEMBER"));
    }

    @Test
    void aProvinceHistoryListsItsMembershipsNewestYearFirst() {
        int earlier = Api.freshYear();
        int later = Api.freshYear();
        String cluster = Fixtures.cluster("PROVINCES");
        String bloc = Fixtures.cluster("BLOC");
        String next = Fixtures.cluster("PROVINCES");
        Fixtures.member(cluster, earlier, "95", "HEAD");
        Fixtures.member(bloc, earlier, "95", "MEMBER");
        Fixtures.member(next, later, "95", "DEPUTY");

        var history = Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("size", 100)
                .get("/api/v1/provinces/{code}/memberships", "95")
                .then().statusCode(200)
                .body("items.province.name", hasItem("Bạc Liêu"))
                .extract().jsonPath();
        List<String> ours = history.<Map<String, Object>>getList("items").stream()
                .filter(m -> List.of(cluster, bloc, next).contains(m.get("clusterCode")))
                .map(m -> m.get("year") + " " + m.get("clusterCode") + " " + m.get("role"))
                .toList();
        assertEquals(3, ours.size(), ours.toString());
        assertEquals(later + " " + next + " DEPUTY", ours.get(0));
        assertEquals(List.of(earlier + " " + bloc + " MEMBER", earlier + " " + cluster + " HEAD").stream().sorted().toList(),
                ours.subList(1, 3).stream().sorted().toList());
    }

    @Test
    void aProvinceHistoryIsThatOfTheUnitTheCodeNamesOnTheDay() {
        int year = Api.freshYear();
        String cluster = Fixtures.cluster("PROVINCES");
        Fixtures.member(cluster, year, "24", "MEMBER");

        Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("size", 100)
                .get("/api/v1/provinces/{code}/memberships", "24")
                .then().statusCode(200)
                .body("items.clusterCode", hasItem(cluster))
                .body("items.province.name", hasItem("Bắc Giang"));
        // Today 24 is the new Bắc Ninh: Bắc Giang's memberships are not its own.
        Api.as("viewer").queryParam("size", 100).get("/api/v1/provinces/{code}/memberships", "24")
                .then().statusCode(200)
                .body("items.clusterCode", not(hasItem(cluster)))
                .body("items.province.name", not(hasItem("Bắc Giang")));
    }

    @Test
    void theHistoryOfACodeNoUnitHasOnTheDayIsNotFound() {
        Api.as("viewer").get("/api/v1/provinces/{code}/memberships", "27")
                .then().spec(problem(404, "not-found")).body("detail", containsString("Bắc Ninh until 2025-06-30"));
    }

    @Test
    void anEmptyHistoryIsAnEmptyPage() {
        Api.as("viewer").queryParam("asOf", "2023-07-26").get("/api/v1/provinces/{code}/memberships", "93")
                .then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0)).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void membershipViewsLeaveOutWhatAUnitDoesNotHave() {
        String bloc = Fixtures.cluster("BLOC");
        add(bloc, Api.freshYear(), "01", "MEMBER")
                .then().statusCode(201)
                .body("province.name", equalTo("Hà Nội"))
                .body("province.validFrom", nullValue())
                .body("province.validTo", nullValue())
                .body("province", not(hasKey("validTo")));
    }
}
