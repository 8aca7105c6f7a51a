package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

/** Neither tokens nor the personal data in bodies reach the service's log, also when a request is refused. */
@QuarkusTest
class LogHygieneTest {

    @Test
    void tokensAndNamesStayOutOfTheLog() throws IOException {
        String token = Api.token("admin", "38");
        String name = "Cụm thi đua riêng tư " + Api.freshClusterCode("LOG");
        String code = Api.freshClusterCode("LOG");
        Api.withToken(token).body(Map.of("code", code, "name", name, "kind", "BLOC")).post("/api/v1/clusters")
                .then().statusCode(201);
        // A refusal by a database constraint (duplicate code) and an invalid token, both with the data.
        Api.withToken(token).body(Map.of("code", code, "name", name, "kind", "BLOC")).post("/api/v1/clusters")
                .then().statusCode(409);
        Api.withToken(token + "x").body(Map.of("code", code, "name", name, "kind", "BLOC")).post("/api/v1/clusters")
                .then().statusCode(401);

        // The embedded PostgreSQL server's own log is relayed into the same file; it is the database's, not the service's.
        String log = Files.readAllLines(Path.of("target/test-service.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.contains("[io.zon"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertFalse(log.contains(token.substring(token.lastIndexOf('.') + 1)), "a token signature is in the log");
        assertFalse(log.contains(token.substring(0, token.indexOf('.', token.indexOf('.') + 1))), "a token is in the log");
        assertFalse(log.contains(name), "a name from a request body is in the log");
        // The database's refusal names the duplicate value; logged, it would carry whatever a client sent.
        assertFalse(log.contains(code), "a value from a request body is in the log");
    }
}
