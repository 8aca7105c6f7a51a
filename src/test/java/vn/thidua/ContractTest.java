package vn.thidua;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The committed contract (openapi.yaml) is exactly what the service serves, and its prose states one rule. */
@QuarkusTest
class ContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    /** A sentence about another province's unsubmitted work (a draft, work never submitted). */
    private static final Pattern OTHERS_UNSUBMITTED = Pattern.compile(
            "(?i)\\b(another|other) provinces?'?s?\\b.*\\b(drafts?|never submitted|not submitted)\\b");

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

    /**
     * The visibility rule answers another province's unsubmitted work with 404, as an unknown id (the service does,
     * ReadAuthorizationMatrixTest pins it): no description may promise a 403 for it, which would tell that it exists.
     */
    @Test
    void noDescriptionPromisesA403ForAnotherProvincesUnsubmittedWork() throws IOException {
        JsonNode contract = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> contradicting = new ArrayList<>();
        collect(contract, "", contradicting);
        assertEquals(List.of(), contradicting, "descriptions that promise a 403 where the service answers 404");
    }

    private static void collect(JsonNode node, String at, List<String> contradicting) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = at + "/" + field.getKey();
                if (field.getKey().equals("description") && field.getValue().isTextual()) {
                    for (String sentence : field.getValue().asText().split("(?<=[.;:])\\s+")) {
                        if (sentence.contains("403") && OTHERS_UNSUBMITTED.matcher(sentence).find()) {
                            contradicting.add(path + ": " + sentence);
                        }
                    }
                } else {
                    collect(field.getValue(), path, contradicting);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, contradicting);
            }
        }
    }
}
