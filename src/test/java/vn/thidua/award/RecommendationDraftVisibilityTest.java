package vn.thidua.award;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Problems;

/** A draft recommendation is its province's work in progress: other provinces neither list nor read it. */
@QuarkusTest
class RecommendationDraftVisibilityTest {

    @Test
    void anotherProvincesDraftIsHiddenUntilSubmitted() {
        AwardFixtures.Setting s = AwardFixtures.cluster(3);
        long id = AwardFixtures.create(AwardFixtures.body(s, "PROVINCIAL_CERTIFICATE_OF_MERIT", "INDIVIDUAL",
                "Đỗ Thị Hạnh", "42"));

        Api.asProvince("40").get(AwardFixtures.PATH + "/{id}", id).then().spec(Problems.problem(404, "not-found"));
        Api.asProvince("40").get(AwardFixtures.PATH + "/{id}/history", id).then().spec(Problems.problem(404, "not-found"));
        Api.asProvince("40").queryParam("cluster", s.cluster()).get(AwardFixtures.PATH)
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.asProvince("42").get(AwardFixtures.PATH + "/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        Api.as("viewer").get(AwardFixtures.PATH + "/{id}", id).then().statusCode(200);

        AwardFixtures.act(Api.asProvince("42"), id, "submit", Map.of()).statusCode(200);
        Api.asProvince("40").get(AwardFixtures.PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Api.asProvince("40").queryParam("cluster", s.cluster()).get(AwardFixtures.PATH)
                .then().statusCode(200).body("items.id", hasItem((int) id));
    }
}
