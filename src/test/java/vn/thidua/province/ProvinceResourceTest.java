package vn.thidua.province;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

@QuarkusTest
class ProvinceResourceTest {

    @Test
    void todayThereAre34Units() {
        Api.as("viewer").queryParam("size", 100).get("/api/v1/provinces")
                .then().statusCode(200)
                .body("total", equalTo(34))
                .body("items", hasSize(34))
                .body("items.find { it.code == '24' }.name", equalTo("Bắc Ninh"))
                .body("items.code", not(org.hamcrest.Matchers.hasItem("27")));
    }

    @Test
    void onTheDayOfThe2023MidYearReviewThereWere63Units() {
        Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("size", 100).get("/api/v1/provinces")
                .then().statusCode(200)
                .body("total", equalTo(63))
                .body("items.find { it.code == '24' }.name", equalTo("Bắc Giang"))
                .body("items.find { it.code == '27' }.name", equalTo("Bắc Ninh"));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        for (String q : new String[] {"ha nam", "HÀ NAM", "Hà Nam", "tinh ha nam"}) {
            Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("q", q).get("/api/v1/provinces")
                    .then().statusCode(200)
                    .body("items.code", contains("35"))
                    .body("items[0].name", equalTo("Hà Nam"));
        }
        Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("q", "nam dinh").get("/api/v1/provinces")
                .then().body("items.name", contains("Nam Định"));
    }

    @Test
    void searchTreatsWildcardsAsText() {
        Api.as("viewer").queryParam("q", "%").get("/api/v1/provinces")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCodeIsReadAsOfADay() {
        Api.as("viewer").queryParam("asOf", "2023-07-26").get("/api/v1/provinces/24")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Bắc Giang"))
                .body("validTo", equalTo("2025-06-30"))
                .body("successor.name", equalTo("Bắc Ninh"))
                .body("successor.validFrom", equalTo("2025-07-01"));
        Api.as("viewer").get("/api/v1/provinces/24")
                .then().statusCode(200)
                .body("name", equalTo("Bắc Ninh"))
                .body("validFrom", equalTo("2025-07-01"))
                .body("validTo", nullValue())
                .body("predecessors.name", contains("Bắc Giang", "Bắc Ninh"));
    }

    @Test
    void huếBecameACityOnNewYearsDay2025() {
        Api.as("viewer").queryParam("asOf", "2024-12-31").get("/api/v1/provinces/46")
                .then().body("fullName", equalTo("Tỉnh Thừa Thiên Huế")).body("type", equalTo("PROVINCE"));
        Api.as("viewer").queryParam("asOf", "2025-01-01").get("/api/v1/provinces/46")
                .then().body("fullName", equalTo("Thành phố Huế")).body("type", equalTo("CITY"));
    }

    @Test
    void aRetiredCodeIsNotFoundTodayAndTheProblemSaysWhen() {
        Api.as("viewer").get("/api/v1/provinces/27")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:not-found"))
                .body("detail", containsString("Bắc Ninh until 2025-06-30"));
    }

    @Test
    void pagesAreStableAndDisjoint() {
        var first = Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("size", 40)
                .get("/api/v1/provinces").then().statusCode(200).extract().jsonPath();
        var second = Api.as("viewer").queryParam("asOf", "2023-07-26").queryParam("size", 40).queryParam("page", 1)
                .get("/api/v1/provinces").then().statusCode(200)
                .body("items", hasSize(23)).body("page", equalTo(1)).extract().jsonPath();
        java.util.List<String> codes = new java.util.ArrayList<>(first.getList("items.code"));
        codes.addAll(second.getList("items.code"));
        org.junit.jupiter.api.Assertions.assertEquals(codes.stream().sorted().toList(), codes);
        org.junit.jupiter.api.Assertions.assertEquals(63, codes.stream().distinct().count());
    }

    @Test
    void pageSizeAbove100IsABadRequest() {
        Api.invalidAs("viewer").queryParam("size", 101).get("/api/v1/provinces")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size"));
        Api.invalidAs("viewer").queryParam("page", -1).get("/api/v1/provinces")
                .then().statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    void aMalformedDateIsABadRequest() {
        Api.invalidAs("viewer").queryParam("asOf", "26/07/2023").get("/api/v1/provinces")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void everyUnitOfThe2025MergerNamesItsSuccessor() {
        Api.as("viewer").queryParam("asOf", "2025-06-30").queryParam("size", 100).get("/api/v1/provinces")
                .then().statusCode(200)
                .body("items.findAll { it.validTo == '2025-06-30' }.successor", everyItem(notNullValue()))
                .body("items.findAll { it.validTo == '2025-06-30' }", hasSize(52));
    }
}
