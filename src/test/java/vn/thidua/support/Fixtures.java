package vn.thidua.support;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

/** Creates the data a test needs through the API, as a client would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Creates a cluster of provinces with a fresh code and returns the code. */
    public static String cluster(String kind) {
        String code = Api.freshClusterCode("T");
        Api.as("admin").body(Map.of("code", code, "name", "Cụm thi đua thử nghiệm " + code, "kind", kind))
                .post("/api/v1/clusters").then().statusCode(201).body("code", equalTo(code));
        return code;
    }

    /** Adds a member and returns the membership id. */
    public static long member(String clusterCode, int year, String provinceCode, String role) {
        return Api.as("admin").body(Map.of("year", year, "provinceCode", provinceCode, "role", role))
                .post("/api/v1/clusters/{code}/members", clusterCode)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
