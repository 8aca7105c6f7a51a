package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.award.AwardFixtures.PATH;
import static vn.thidua.award.AwardFixtures.act;
import static vn.thidua.award.AwardFixtures.approve;
import static vn.thidua.award.AwardFixtures.body;
import static vn.thidua.award.AwardFixtures.create;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardFixtures.Setting;
import vn.thidua.support.Api;

/**
 * Statistics over fresh data, counted by hand: in a fresh cluster and year,
 * <ol>
 *   <li>Tỉnh Nam Định, flag, collective, merit: APPROVED</li>
 *   <li>Nguyễn Văn An (36), PM certificate, individual direct worker, ad hoc: APPROVED</li>
 *   <li>Trần Thị Bình (36), PM certificate, individual, merit: SUBMITTED</li>
 *   <li>Lê Văn Cường (35), provincial certificate, individual direct worker, ad hoc: DRAFT</li>
 *   <li>Phạm Thị Dung (35), provincial certificate, individual direct worker, merit: DRAFT</li>
 * </ol>
 * All: 5, ad hoc 2, individuals 4, direct workers 3 (share 0.75). Approved: 2, ad hoc 1, individuals 1,
 * direct workers 1 (share 1).
 */
@QuarkusTest
class AwardStatisticsTest {

    static final String STATISTICS = "/api/v1/statistics/awards";

    Setting s;

    @BeforeEach
    void recommendations() {
        s = AwardFixtures.cluster(3);
        approve(create(body(s, "GOV_EMULATION_FLAG", "COLLECTIVE", "Tỉnh Nam Định", "42")), "42", 3, "1234/QĐ-TTg", "2024-10-14");
        approve(create(individual("PM_CERTIFICATE_OF_MERIT", "Nguyễn Văn An", "42", true, "AD_HOC")), "42", 3,
                "5678/QĐ-TTg", "2024-07-02");
        act(Api.asProvince("42"), create(individual("PM_CERTIFICATE_OF_MERIT", "Trần Thị Bình", "42", false, "MERIT")),
                "submit", Map.of()).statusCode(200);
        create(individual("PROVINCIAL_CERTIFICATE_OF_MERIT", "Lê Văn Cường", "40", true, "AD_HOC"));
        create(individual("PROVINCIAL_CERTIFICATE_OF_MERIT", "Phạm Thị Dung", "40", true, "MERIT"));
    }

    private Map<String, Object> individual(String award, String name, String province, boolean direct, String kind) {
        Map<String, Object> body = body(s, award, "INDIVIDUAL", name, province);
        body.put("directWorker", direct);
        body.put("kind", kind);
        return body;
    }

    @Test
    void countsByAwardTypeAndStatusWithTotals() {
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("year", s.year()).queryParam("groupBy", "awardType,status")
                .get(STATISTICS)
                .then().statusCode(200)
                .body("groupBy", contains("awardType", "status"))
                .body("rows.awardType", contains("GOV_EMULATION_FLAG", "PM_CERTIFICATE_OF_MERIT", "PM_CERTIFICATE_OF_MERIT",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT"))
                .body("rows.status", contains("APPROVED", "APPROVED", "SUBMITTED", "DRAFT"))
                .body("rows.count", contains(1, 1, 1, 2))
                .body("rows[3].awardTypeName", equalTo("Bằng khen cấp bộ, ban, ngành, tỉnh"))
                .body("rows[0].province", nullValue())
                .body("totals.recommendations.count", equalTo(5))
                .body("totals.recommendations.adHoc", equalTo(2))
                .body("totals.recommendations.individuals", equalTo(4))
                .body("totals.recommendations.directWorkers", equalTo(3))
                .body("totals.recommendations.directWorkerShare", equalTo(0.75f))
                .body("totals.awards.count", equalTo(2))
                .body("totals.awards.adHoc", equalTo(1))
                .body("totals.awards.individuals", equalTo(1))
                .body("totals.awards.directWorkers", equalTo(1))
                .body("totals.awards.directWorkerShare", equalTo(1.0f));
    }

    @Test
    void countsByProvinceAndKind() {
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("groupBy", "province,kind,year,cluster").get(STATISTICS)
                .then().statusCode(200)
                .body("rows.province", contains("40", "40", "42", "42"))
                .body("rows.provinceName", contains("Nghệ An", "Nghệ An", "Hà Tĩnh", "Hà Tĩnh"))
                .body("rows.kind", contains("AD_HOC", "MERIT", "AD_HOC", "MERIT"))
                .body("rows.count", contains(1, 1, 1, 2))
                .body("rows.year", contains(s.year(), s.year(), s.year(), s.year()))
                .body("rows.cluster", contains(s.cluster(), s.cluster(), s.cluster(), s.cluster()));
    }

    @Test
    void withoutGroupingOneRowCountsAllAndTheStatusFilterSelectsTheAwards() {
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("status", "APPROVED").get(STATISTICS)
                .then().statusCode(200)
                .body("groupBy", org.hamcrest.Matchers.empty())
                .body("rows.count", contains(2))
                .body("totals.recommendations.count", equalTo(2))
                .body("totals.recommendations.directWorkerShare", equalTo(1.0f));
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("status", "WITHDRAWN").get(STATISTICS)
                .then().statusCode(200)
                .body("rows.count", contains(0))
                .body("totals.recommendations.directWorkerShare", nullValue());
    }

    @Test
    void asCsvWithAByteOrderMarkAndQuotedNames() {
        byte[] csv = Api.as("viewer").accept("text/csv").queryParam("cluster", s.cluster()).queryParam("year", s.year())
                .queryParam("groupBy", "awardType,status").get(STATISTICS)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFawardType,awardTypeName,status,count\r\n"
                + "GOV_EMULATION_FLAG,Cờ thi đua của Chính phủ,APPROVED,1\r\n"
                + "PM_CERTIFICATE_OF_MERIT,Bằng khen của Thủ tướng Chính phủ,APPROVED,1\r\n"
                + "PM_CERTIFICATE_OF_MERIT,Bằng khen của Thủ tướng Chính phủ,SUBMITTED,1\r\n"
                + "PROVINCIAL_CERTIFICATE_OF_MERIT,\"Bằng khen cấp bộ, ban, ngành, tỉnh\",DRAFT,2\r\n", text);
    }

    @Test
    void anUnknownDimensionIsABadRequest() {
        Api.invalidAs("viewer").queryParam("groupBy", "awardType,nominee").get(STATISTICS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("groupBy"));
        Api.invalidAs("viewer").queryParam("groupBy", "status;DROP TABLE award_recommendation").get(STATISTICS)
                .then().statusCode(400);
        Api.as("viewer").queryParam("groupBy", "status,status").get(STATISTICS)
                .then().statusCode(400).body("errors.field", contains("groupBy"));
        Api.as("viewer").queryParam("cluster", "KHONG-CO").get(STATISTICS).then().statusCode(404);
    }

    @Test
    void recommendationsOfAnotherYearDoNotCount() {
        Api.as("viewer").queryParam("cluster", s.cluster()).queryParam("year", s.year() + 1).get(STATISTICS)
                .then().statusCode(200).body("rows.count", contains(0)).body("totals.awards.count", equalTo(0));
        Api.as("viewer").queryParam("cluster", s.cluster()).get(PATH).then().body("total", equalTo(5));
    }
}
