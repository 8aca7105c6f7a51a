package vn.thidua.cluster;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class ClusterResourceTest {

    private static final String NAME = "Cụm thi đua các tỉnh Đồng bằng sông Hồng";
    private static final String DESCRIPTION =
            "Cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức, gồm các tỉnh vùng Đồng bằng sông Hồng.";

    @Test
    void creatingAClusterAnswersTheClusterWithLocationAndETag() {
        String code = Api.freshClusterCode("DBSH");
        Response created = Api.as("admin")
                .body(Map.of("code", code, "name", NAME, "kind", "PROVINCES", "description", DESCRIPTION))
                .post("/api/v1/clusters")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/clusters/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("name", equalTo(NAME))
                .body("kind", equalTo("PROVINCES"))
                .body("description", equalTo(DESCRIPTION))
                .extract().response();

        Api.as("viewer").get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("name", equalTo(NAME))
                .body("description", equalTo(DESCRIPTION));
    }

    @Test
    void vietnameseTextRoundTripsExactlyAndTheNameIsTrimmed() {
        String code = Api.freshClusterCode("KHOI");
        String name = "Khối thi đua các cơ quan Đảng, đoàn thể — Ủy ban Mặt trận Tổ quốc";
        Api.as("central").body(Map.of("code", code, "name", "  " + name + "  ", "kind", "BLOC"))
                .post("/api/v1/clusters")
                .then().statusCode(201).body("name", equalTo(name)).body("kind", equalTo("BLOC"));
        Api.as("viewer").get("/api/v1/clusters/{code}", code)
                .then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void aSecondClusterWithTheSameCodeConflicts() {
        String code = Fixtures.cluster("PROVINCES");
        Api.as("admin").body(Map.of("code", code, "name", "Cụm khác", "kind", "BLOC"))
                .post("/api/v1/clusters")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("code"))
                .body("instance", equalTo("/api/v1/clusters"));
        Api.as("viewer").get("/api/v1/clusters/{code}", code)
                .then().statusCode(200).body("kind", equalTo("PROVINCES"));
    }

    @Test
    void aCodeOutsideThePatternIsInvalid() {
        for (String code : new String[] {"dbsh", "D", "DB SH", "-DBSH", "DBSH-0123456789ABCDEF"}) {
            Api.invalidAs("admin").body(Map.of("code", code, "name", NAME, "kind", "PROVINCES"))
                    .post("/api/v1/clusters")
                    .then().spec(problem(422, "invalid-input"))
                    .body("errors.field", contains("code"));
        }
    }

    @Test
    void missingNameAndKindAreNamedInTheProblem() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", Api.freshClusterCode("X"));
        body.put("name", "   ");
        Api.invalidAs("admin").body(body).post("/api/v1/clusters")
                .then().spec(problem(422, "invalid-input"))
                .body("errors.field", contains("kind", "name"));
    }

    @Test
    void anUnknownClusterIsNotFound() {
        Api.as("viewer").get("/api/v1/clusters/{code}", "KHONG-CO")
                .then().spec(problem(404, "not-found"))
                .body("detail", containsString("KHONG-CO"))
                .body("instance", equalTo("/api/v1/clusters/KHONG-CO"));
    }

    @Test
    void theListFiltersByKindAndIsOrderedByCode() {
        String cluster = Fixtures.cluster("PROVINCES");
        String bloc = Fixtures.cluster("BLOC");

        List<Map<String, String>> blocs = allClusters("BLOC");
        assertTrue(blocs.stream().allMatch(c -> c.get("kind").equals("BLOC")), "only blocs: " + blocs);
        assertTrue(blocs.stream().anyMatch(c -> c.get("code").equals(bloc)));
        assertTrue(blocs.stream().noneMatch(c -> c.get("code").equals(cluster)));

        List<Map<String, String>> provinces = allClusters("PROVINCES");
        assertTrue(provinces.stream().allMatch(c -> c.get("kind").equals("PROVINCES")));
        assertTrue(provinces.stream().anyMatch(c -> c.get("code").equals(cluster)));

        List<String> codes = allClusters(null).stream().map(c -> c.get("code")).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        assertTrue(codes.containsAll(List.of(cluster, bloc)));
    }

    @Test
    void pagesOfClustersAreDisjointAndTellTheTotal() {
        Fixtures.cluster("BLOC");
        Fixtures.cluster("BLOC");
        JsonPath first = Api.as("viewer").queryParam("kind", "BLOC").queryParam("size", 1)
                .get("/api/v1/clusters")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2))
                .extract().jsonPath();
        Api.as("viewer").queryParam("kind", "BLOC").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/clusters")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(1))
                .body("items.code", not(hasItem(first.getString("items[0].code"))));
    }

    @Test
    void aPageSizeAbove100IsABadRequest() {
        Api.invalidAs("viewer").queryParam("size", 500).get("/api/v1/clusters")
                .then().spec(problem(400, "bad-request"))
                .body("errors.field", contains("size"));
    }

    @Test
    void anUnknownKindFilterIsABadRequest() {
        Api.invalidAs("viewer").queryParam("kind", "FOO").get("/api/v1/clusters")
                .then().spec(problem(400, "bad-request"))
                .body("detail", containsString("one of the values"));
    }

    @Test
    void replacingAClusterChangesItsFieldsAndETagButNotItsCode() {
        String code = Fixtures.cluster("PROVINCES");
        String etag = Fixtures.clusterEtag(code);
        String newEtag = Api.as("central").header("If-Match", etag)
                .body(Map.of("name", NAME, "kind", "BLOC", "description", DESCRIPTION))
                .put("/api/v1/clusters/{code}", code)
                .then().statusCode(200)
                .body("code", equalTo(code)).body("name", equalTo(NAME))
                .body("kind", equalTo("BLOC")).body("description", equalTo(DESCRIPTION))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
        Api.as("viewer").get("/api/v1/clusters/{code}", code)
                .then().statusCode(200)
                .header("ETag", equalTo(newEtag))
                .body("name", equalTo(NAME)).body("kind", equalTo("BLOC"));
    }

    @Test
    void aPutLeavingOutTheDescriptionClearsIt() {
        String code = Api.freshClusterCode("T");
        Api.as("admin").body(Map.of("code", code, "name", NAME, "kind", "BLOC", "description", DESCRIPTION))
                .post("/api/v1/clusters").then().statusCode(201);
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("name", NAME, "kind", "BLOC"))
                .put("/api/v1/clusters/{code}", code)
                .then().statusCode(200).body("description", nullValue());
    }

    @Test
    void replacingWithoutIfMatchIsRefusedWith428() {
        String code = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body(Map.of("name", NAME, "kind", "BLOC"))
                .put("/api/v1/clusters/{code}", code)
                .then().spec(problem(428, "if-match-required"));
        Api.as("viewer").get("/api/v1/clusters/{code}", code)
                .then().header("ETag", equalTo("\"0\"")).body("name", not(equalTo(NAME)));
    }

    @Test
    void replacingWithAStaleETagIsRefusedWith412() {
        String code = Fixtures.cluster("BLOC");
        String etag = Fixtures.clusterEtag(code);
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "Lần sửa thứ nhất", "kind", "BLOC"))
                .put("/api/v1/clusters/{code}", code).then().statusCode(200);
        Api.as("admin").header("If-Match", etag).body(Map.of("name", "Lần sửa thứ hai", "kind", "BLOC"))
                .put("/api/v1/clusters/{code}", code)
                .then().spec(problem(412, "stale-version"));
        Api.as("viewer").get("/api/v1/clusters/{code}", code)
                .then().body("name", equalTo("Lần sửa thứ nhất"));
    }

    @Test
    void replacingAnUnknownClusterIsNotFound() {
        Api.as("admin").header("If-Match", "\"0\"").body(Map.of("name", NAME, "kind", "BLOC"))
                .put("/api/v1/clusters/{code}", "KHONG-CO")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void turningABlocIntoAClusterOfProvincesConflictsWhenAMemberIsAlreadyInAnother() {
        int year = Api.freshYear();
        String provinces = Fixtures.cluster("PROVINCES");
        String bloc = Fixtures.cluster("BLOC");
        Fixtures.member(provinces, year, "30", "MEMBER");
        Fixtures.member(bloc, year, "30", "HEAD");
        String etag = Fixtures.clusterEtag(bloc);

        Api.as("admin").header("If-Match", etag).body(Map.of("name", NAME, "kind", "PROVINCES"))
                .put("/api/v1/clusters/{code}", bloc)
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("provinceCode"))
                .body("detail", containsString("another cluster of provinces"));
        Api.as("viewer").get("/api/v1/clusters/{code}", bloc)
                .then().header("ETag", equalTo(etag)).body("kind", equalTo("BLOC"));
    }

    @Test
    void aBlocBecomesAClusterOfProvincesAndThenHoldsItsMembersToTheRule() {
        int year = Api.freshYear();
        String bloc = Fixtures.cluster("BLOC");
        Fixtures.member(bloc, year, "35", "DEPUTY");
        Api.as("admin").header("If-Match", Fixtures.clusterEtag(bloc)).body(Map.of("name", NAME, "kind", "PROVINCES"))
                .put("/api/v1/clusters/{code}", bloc)
                .then().statusCode(200).body("kind", equalTo("PROVINCES"));

        String other = Fixtures.cluster("PROVINCES");
        Api.as("admin").body(Map.of("year", year, "provinceCode", "35", "role", "MEMBER"))
                .post("/api/v1/clusters/{code}/members", other)
                .then().spec(problem(409, "conflict")).body("errors.field", contains("provinceCode"));
    }

    @Test
    void deletingAnEmptyClusterRemovesIt() {
        String code = Fixtures.cluster("BLOC");
        Api.as("central").header("If-Match", Fixtures.clusterEtag(code)).delete("/api/v1/clusters/{code}", code)
                .then().statusCode(204).body(equalTo(""));
        Api.as("viewer").get("/api/v1/clusters/{code}", code)
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void deletingAClusterThatHasMembersConflicts() {
        String code = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        long member = Fixtures.member(code, year, "34", "HEAD");
        String etag = Fixtures.clusterEtag(code);

        Api.as("admin").header("If-Match", etag).delete("/api/v1/clusters/{code}", code)
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("members"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members", code)
                .then().statusCode(200).body("total", equalTo(1));

        Api.as("admin").header("If-Match", Fixtures.membershipEtag(code, member))
                .delete("/api/v1/clusters/{code}/members/{id}", code, member).then().statusCode(204);
        Api.as("admin").header("If-Match", etag).delete("/api/v1/clusters/{code}", code)
                .then().statusCode(204);
    }

    @Test
    void deletingWithoutIfMatchOrWithAStaleOneIsRefused() {
        String code = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").delete("/api/v1/clusters/{code}", code)
                .then().spec(problem(428, "if-match-required"));
        Api.as("admin").header("If-Match", "\"7\"").delete("/api/v1/clusters/{code}", code)
                .then().spec(problem(412, "stale-version"));
        Api.as("viewer").get("/api/v1/clusters/{code}", code).then().statusCode(200);
    }

    @Test
    void everyRoleReadsClusters() {
        String code = Fixtures.cluster("PROVINCES");
        for (String role : new String[] {"admin", "central", "viewer"}) {
            Api.as(role).get("/api/v1/clusters/{code}", code).then().statusCode(200).body("code", equalTo(code));
        }
        Api.asProvince("42").get("/api/v1/clusters/{code}", code).then().statusCode(200).body("code", equalTo(code));
    }

    /** Every cluster of a kind (or all), reading page after page as a client must. */
    private static List<Map<String, String>> allClusters(String kind) {
        List<Map<String, String>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = Api.as("viewer").queryParam("size", 100).queryParam("page", page);
            if (kind != null) {
                request.queryParam("kind", kind);
            }
            JsonPath json = request.get("/api/v1/clusters").then().statusCode(200).extract().jsonPath();
            List<Map<String, String>> items = json.getList("items");
            all.addAll(items);
            if (items.isEmpty() || all.size() >= json.getLong("total")) {
                return all;
            }
        }
    }
}
