package vn.thidua.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.thidua.support.Problems.leaksNothing;
import static vn.thidua.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Every way a request can go wrong is answered with problem+json that names the cause, never the insides. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void malformedJsonIsABadRequest() {
        Api.invalidAs("admin").body("{\"code\": \"DBSH\", \"name\": ").post("/api/v1/clusters")
                .then().spec(problem(400, "malformed-body"))
                .body("detail", equalTo("The body is not valid JSON."))
                .body("instance", equalTo("/api/v1/clusters"))
                .body(leaksNothing());
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        Api.invalidAs("admin").body("").post("/api/v1/clusters")
                .then().spec(problem(400, "bad-request"))
                .body("detail", containsString("must not be null"));
    }

    @Test
    void anUnknownPropertyIsNamed() {
        Api.invalidAs("admin")
                .body(Map.of("code", Api.freshClusterCode("T"), "name", "Cụm thử", "kind", "BLOC", "colour", "đỏ"))
                .post("/api/v1/clusters")
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("colour"))
                .body("errors[0].message", equalTo("unknown property"));
    }

    @Test
    void aClientCannotSetTheServerMadeIdentity() {
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body(Map.of("id", 1, "year", Api.freshYear(), "provinceCode", "38", "role", "HEAD"))
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("id"));
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheAllowedValues() {
        Api.invalidAs("admin").body(Map.of("code", Api.freshClusterCode("T"), "name", "Cụm thử", "kind", "FOO"))
                .post("/api/v1/clusters")
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("kind"))
                .body("errors[0].message", containsString("PROVINCES"));
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body(Map.of("year", Api.freshYear(), "provinceCode", "38", "role", "CHAIR"))
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("role"))
                .body("errors[0].message", containsString("HEAD"));
    }

    @Test
    void aYearSentAsTextIsAWrongType() {
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body(Map.of("year", String.valueOf(Api.freshYear()), "provinceCode", "38", "role", "MEMBER"))
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("year"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members", cluster).then().body("total", equalTo(0));
    }

    @Test
    void aFractionalYearOrANumericProvinceCodeIsAWrongType() {
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body("{\"year\": 1998.7, \"provinceCode\": \"34\", \"role\": \"MEMBER\"}")
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("year"));
        Api.invalidAs("admin").body("{\"year\": 1998, \"provinceCode\": 34, \"role\": \"MEMBER\"}")
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("provinceCode"));
        Api.as("viewer").get("/api/v1/clusters/{code}/members", cluster).then().body("total", equalTo(0));
    }

    @Test
    void anObjectWhereTextIsExpectedIsAWrongType() {
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("admin").body("{\"year\": 1999, \"provinceCode\": {\"code\": \"34\"}, \"role\": \"MEMBER\"}")
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(400, "malformed-body"))
                .body("errors.field", contains("provinceCode"));
    }

    @Test
    void anUnknownPathIsNotFound() {
        Api.invalidAs("viewer").get("/api/v1/khong-co-gi")
                .then().spec(problem(404, "not-found"))
                .body("instance", equalTo("/api/v1/khong-co-gi"));
    }

    @Test
    void anUnsupportedMethodIsNotAllowed() {
        Api.invalidAs("admin").delete("/api/v1/clusters")
                .then().spec(problem(405, "method-not-allowed"))
                .body("detail", containsString("not supported"));
    }

    @Test
    void askingForXmlIsNotAcceptable() {
        Api.invalidAs("viewer").accept("text/xml").get("/api/v1/clusters")
                .then().spec(problem(406, "not-acceptable"));
    }

    @Test
    void aBodyInPlainTextIsAnUnsupportedMediaType() {
        Api.invalidAs("admin").contentType("text/plain").body("code=DBSH").post("/api/v1/clusters")
                .then().spec(problem(415, "unsupported-media-type"))
                .body("detail", containsString("application/json"));
    }

    @Test
    void aNonNumericMembershipIdIsABadRequest() {
        String cluster = Fixtures.cluster("BLOC");
        Api.invalidAs("viewer").get("/api/v1/clusters/{code}/members/{id}", cluster, "abc")
                .then().spec(problem(400, "bad-request"))
                .body("detail", containsString("a number was expected"));
    }

    @Test
    void aMalformedDateParameterIsABadRequest() {
        Api.invalidAs("viewer").queryParam("asOf", "2023-13-01").get("/api/v1/provinces/{code}/memberships", "38")
                .then().spec(problem(400, "bad-request"))
                .body("detail", containsString("'2023-13-01' is not a date (YYYY-MM-DD)"));
    }

    @Test
    void databaseRefusalsAreWordedWithoutSqlOrConstraintNames() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Api.as("admin").body(Map.of("year", year, "provinceCode", "40", "role", "HEAD"))
                .post("/api/v1/clusters/{code}/members", cluster)
                .then().spec(problem(409, "conflict"))
                .body(leaksNothing())
                .body(not(containsString("membership_one_head")))
                .body(not(containsString("duplicate key")));
    }
}
