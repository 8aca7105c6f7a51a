package vn.thidua.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Who may call what: a valid token for every call under /api/v1, admin or central for writes. */
@QuarkusTest
class SecurityTest {

    private static Map<String, Object> newCluster() {
        return Map.of("code", Api.freshClusterCode("S"), "name", "Cụm thi đua thử quyền", "kind", "BLOC");
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        Api.anonymous().get("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("instance", equalTo("/api/v1/clusters"));
        Api.anonymous().get("/api/v1/provinces")
                .then().spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        Api.anonymous().body(newCluster()).post("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Api.withToken(Api.expiredToken("admin")).get("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair stranger = generator.generateKeyPair();
        String forged = Jwt.issuer(Api.ISSUER).subject("mallory").upn("mallory@thidua.dev.local")
                .groups("admin").expiresIn(Duration.ofHours(1)).sign(stranger.getPrivate());

        Api.withToken(forged).get("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        String code = Api.freshClusterCode("S");
        Api.withToken(forged).body(Map.of("code", code, "name", "Cụm giả mạo", "kind", "BLOC"))
                .post("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"));
        Api.as("viewer").get("/api/v1/clusters/{code}", code).then().spec(problem(404, "not-found"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = Jwt.issuer("https://sso.example.org").subject("test-admin").groups("admin")
                .expiresIn(Duration.ofHours(1)).sign();
        Api.withToken(foreign).get("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aGarbledTokenIsRefused() {
        Api.withToken("not.a.jwt").get("/api/v1/clusters")
                .then().spec(problem(401, "unauthorized"));
    }

    @Test
    void aViewerCannotCreateAClusterButCanRead() {
        Map<String, Object> cluster = newCluster();
        Api.as("viewer").body(cluster).post("/api/v1/clusters")
                .then().spec(problem(403, "forbidden"))
                .body("instance", equalTo("/api/v1/clusters"));
        Api.as("viewer").get("/api/v1/clusters/{code}", cluster.get("code")).then().spec(problem(404, "not-found"));
        Api.as("viewer").get("/api/v1/clusters").then().statusCode(200);
    }

    @Test
    void aProvinceOfficerCannotChangeClusters() {
        Api.asProvince("38").body(newCluster()).post("/api/v1/clusters")
                .then().spec(problem(403, "forbidden"));
        String cluster = Fixtures.cluster("PROVINCES");
        Api.asProvince("38").header("If-Match", "\"0\"")
                .body(Map.of("name", "Cụm do tỉnh sửa", "kind", "BLOC"))
                .put("/api/v1/clusters/{code}", cluster)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").header("If-Match", "\"0\"").delete("/api/v1/clusters/{code}", cluster)
                .then().spec(problem(403, "forbidden"));
        Api.asProvince("38").body(Map.of("year", Api.freshYear(), "provinceCode", "38", "role", "HEAD"))
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(403, "forbidden"));
        Api.as("viewer").get("/api/v1/clusters/{code}", cluster)
                .then().header("ETag", equalTo("\"0\"")).body("kind", equalTo("PROVINCES"));
    }

    @Test
    void centralAndAdminCanWrite() {
        for (String role : new String[] {"central", "admin"}) {
            Map<String, Object> cluster = newCluster();
            Api.as(role).body(cluster).post("/api/v1/clusters")
                    .then().statusCode(201).body("code", equalTo(cluster.get("code")));
            Api.as(role).header("If-Match", "\"0\"").body(Map.of("name", "Khối thi đua đã sửa", "kind", "BLOC"))
                    .put("/api/v1/clusters/{code}", cluster.get("code"))
                    .then().statusCode(200).body("name", equalTo("Khối thi đua đã sửa"));
            Api.as(role).header("If-Match", "\"1\"").delete("/api/v1/clusters/{code}", cluster.get("code"))
                    .then().statusCode(204);
        }
    }

    @Test
    void theDocumentedDevCommandPrintsAWorkingToken() throws Exception {
        Process process = new ProcessBuilder("bash", "dev/token.sh", "viewer")
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "dev/token.sh did not finish");
        assertEquals(0, process.exitValue(), "dev/token.sh failed");
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(token.matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"), "not a JWT: " + token);

        Api.withToken(token).get("/api/v1/clusters")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
        Api.withToken(token).body(newCluster()).post("/api/v1/clusters")
                .then().spec(problem(403, "forbidden"));
    }
}
