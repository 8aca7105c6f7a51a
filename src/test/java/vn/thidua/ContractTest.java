package vn.thidua;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed contract (openapi.yaml) is exactly what the service serves. */
@QuarkusTest
class ContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");

    @Test
    void committedContractIsWhatTheServiceServes() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi.yaml differs from the contract the code produces. Regenerate it with "
                + "'./mvnw test -Dtest=ContractTest -Dcontract.update=true', review the diff and commit it with the code change.");
    }
}
