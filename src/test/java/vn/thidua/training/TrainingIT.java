package vn.thidua.training;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AOT cache's training run (JEP 483, 514, 515): the packaged jar (target/quarkus-app), started by Quarkus with
 * {@code -XX:AOTCacheOutput} in the production profile, is driven through the paths people wait on (a cluster's year
 * built through the API, reports and their workflow, recommendations with a dossier, the lists, the aggregates in
 * every media type, the contract, the problems), a few rounds each so that the JIT's profiles are recorded. When the
 * service stops, the JVM writes {@code target/quarkus-app/app.aot}, which {@code java -XX:AOTCache=app.aot -jar
 * quarkus-run.jar} then uses. Each answer's status is checked: a training run that trains on errors would be no test.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedServiceDatabase.class, restrictToAnnotatedClass = true)
class TrainingIT {

    private static final String PRIVATE_KEY = Path.of("dev/jwt/privateKey.pem").toAbsolutePath().toString();
    private static final int ROUNDS = 20;
    private static final int YEAR = 2023;

    @Test
    void theClusterYearThroughThePackagedService() {
        expect(200, anonymous().get("/q/health/ready"));
        expect(200, anonymous().queryParam("format", "json").get("/q/openapi"));

        String cluster = "AOT";
        expect(201, as("admin", null).body(Map.of("code", cluster, "name", "Cụm thi đua các tỉnh đồng bằng sông Hồng",
                "kind", "PROVINCES")).post("/api/v1/clusters"));
        for (String[] member : new String[][] {{"01", "HEAD"}, {"22", "DEPUTY"}, {"31", "MEMBER"}, {"38", "MEMBER"}}) {
            expect(201, as("admin", null).body(Map.of("year", YEAR, "provinceCode", member[0], "role", member[1]))
                    .post("/api/v1/clusters/{code}/members", cluster));
        }
        // Reports of the year's first half, each by its province's officers, accepted by the head's (Hà Nội, 01).
        int i = 0;
        for (String province : List.of("22", "31", "38")) {
            i++;
            long report = expect(201, as("province", province).body(Map.of("clusterCode", cluster, "provinceCode", province,
                    "period", YEAR + "-H1", "values", List.of(
                            Map.of("indicatorCode", "BUDGET_REVENUE", "value", 8000 + 250 * i),
                            Map.of("indicatorCode", "NTM_COMMUNES", "value", 80 + i)))).post("/api/v1/reports"))
                    .jsonPath().getLong("id");
            act(province, "/api/v1/reports/" + report, "submit", Map.of("note", "Gửi báo cáo 6 tháng."));
            act("01", "/api/v1/reports/" + report, "accept", Map.of("note", "Tiếp nhận."));
        }
        // A recommendation with its dossier.
        long recommendation = expect(201, as("province", "22").body(Map.of("clusterCode", cluster, "year", YEAR,
                "awardTypeCode", "PM_CERTIFICATE_OF_MERIT", "kind", "MERIT", "nomineeKind", "INDIVIDUAL",
                "nomineeName", "Nguyễn Thị Lan", "nomineeProvinceCode", "22", "proposingProvinceCode", "22",
                "achievements", "Hoàn thành xuất sắc nhiệm vụ năm 2023.")).post("/api/v1/award-recommendations"))
                .jsonPath().getLong("id");
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        long document = expect(201, as("province", "22").contentType("application/octet-stream").body(pdf)
                .queryParam("kind", "PROPOSAL_LETTER").queryParam("title", "Tờ trình đề nghị khen thưởng")
                .queryParam("fileName", "To trinh.pdf")
                .post("/api/v1/award-recommendations/{id}/documents", recommendation)).jsonPath().getLong("id");

        for (int round = 0; round < ROUNDS; round++) {
            for (String path : List.of("/api/v1/provinces", "/api/v1/clusters", "/api/v1/award-types", "/api/v1/indicators",
                    "/api/v1/movements", "/api/v1/clusters/AOT/members?year=2023", "/api/v1/reports?cluster=AOT",
                    "/api/v1/award-recommendations?cluster=AOT&year=2023", "/api/v1/award-recommendations/" + recommendation,
                    "/api/v1/award-recommendations/" + recommendation + "/documents", "/api/v1/documents/" + document,
                    "/api/v1/clusters/AOT/summaries/2023-H1", "/api/v1/clusters/AOT/rankings/2023-H1?indicator=BUDGET_REVENUE",
                    "/api/v1/statistics/awards?year=2023", "/api/v1/statistics/indicators?period=2023-H1",
                    "/api/v1/provinces/22/awards", "/api/v1/changes", "/api/v1/provinces/22")) {
                expect(200, as("central", null).get(path));
            }
            expect(200, as("province", "22").get("/api/v1/award-recommendations/" + recommendation));
            expect(200, as("province", "22").get("/api/v1/documents/{id}/content", document));
            for (String type : List.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png")) {
                expect(200, as("viewer", null).accept(type).get("/api/v1/clusters/AOT/summaries/2023-H1"));
            }
            expect(404, as("province", "24").get("/api/v1/award-recommendations/999999999"));
            expect(422, as("province", "22").body(Map.of("clusterCode", cluster)).post("/api/v1/award-recommendations"));
            expect(401, anonymous().get("/api/v1/clusters"));
        }
    }

    private static void act(String province, String path, String action, Object body) {
        String etag = expect(200, as("province", province).get(path)).header("ETag");
        expect(200, as("province", province).header("If-Match", etag).body(body).post(path + "/" + action));
    }

    private static Response expect(int status, Response response) {
        assertEquals(status, response.statusCode(), response::asString);
        return response;
    }

    private static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification as(String role, String province) {
        var token = Jwt.issuer(PackagedServiceDatabase.ISSUER).audience("thidua-api").subject("training-" + role)
                .upn("training-" + role + "@thidua.dev.local").groups(role).expiresIn(Duration.ofHours(1));
        if (province != null) {
            token.claim("province", province);
        }
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token.sign(PRIVATE_KEY));
    }
}
