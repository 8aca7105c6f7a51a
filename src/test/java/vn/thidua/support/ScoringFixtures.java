package vn.thidua.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cluster's scoring set up through the API, as a client would: its scheme and members' scorecards. */
public final class ScoringFixtures {

    private ScoringFixtures() {
    }

    /**
     * The test scheme: group I (I.1 and I.2, 10 points each), group II (II.1, 20 points), a bonus T.1 (up to 5) and a
     * penalty TR.1 (up to 5); ties broken by more criteria at their maximum, then by the points of group II.
     */
    public static Map<String, Object> scheme(int year) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("title", "Bảng chấm điểm thi đua Cụm năm " + year);
        body.put("groups", List.of(
                Map.of("code", "I", "name", "Thực hiện các chỉ tiêu kinh tế - xã hội", "criteria", List.of(
                        item("I.1", "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán", 10),
                        item("I.2", "Xây dựng nông thôn mới đạt và vượt kế hoạch", 10))),
                Map.of("code", "II", "name", "Công tác thi đua, khen thưởng", "criteria", List.of(
                        item("II.1", "Tổ chức các phong trào thi đua, nhân rộng điển hình tiên tiến", 20)))));
        body.put("bonuses", List.of(item("T.1", "Có mô hình, cách làm hay được Trung ương biểu dương", 5)));
        body.put("penalties", List.of(item("TR.1", "Gửi báo cáo chậm so với quy định", 5)));
        body.put("tieRule", List.of(Map.of("kind", "MAXIMUM_SCORES"), Map.of("kind", "GROUP_POINTS", "groupCode", "II")));
        return body;
    }

    public static Map<String, Object> item(String code, String name, int maxPoints) {
        return Map.of("code", code, "name", name, "maxPoints", maxPoints);
    }

    /** Writes the test scheme as central staff. */
    public static void createScheme(String clusterCode, int year) {
        Api.as("central").body(scheme(year)).post("/api/v1/clusters/{code}/scoring-schemes", clusterCode)
                .then().statusCode(201);
    }

    /** Lines from pairs: "I.1", "10", "I.2", "8"... each with an evidence note. */
    public static List<Map<String, Object>> lines(String... codesAndPoints) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("itemCode", codesAndPoints[i]);
            line.put("points", new BigDecimal(codesAndPoints[i + 1]));
            line.put("evidence", "Minh chứng " + codesAndPoints[i]);
            lines.add(line);
        }
        return lines;
    }

    public static Map<String, Object> card(String clusterCode, String provinceCode, int year, List<Map<String, Object>> lines) {
        return Map.of("clusterCode", clusterCode, "provinceCode", provinceCode, "year", year, "lines", lines);
    }

    /** Creates a member's scorecard as central staff and returns its id. */
    public static long scorecard(String clusterCode, String provinceCode, int year, List<Map<String, Object>> lines) {
        return Api.as("central").body(card(clusterCode, provinceCode, year, lines)).post("/api/v1/scorecards")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Takes a scorecard through a workflow action (submit, review, confirm) as central staff. */
    public static void act(long id, String action) {
        String etag = Api.etagOf(Api.as("central").get("/api/v1/scorecards/{id}", id).then().statusCode(200).extract().response());
        Api.as("central").header("If-Match", etag).body(Map.of("note", "Kiểm thử"))
                .post("/api/v1/scorecards/{id}/" + action, id).then().statusCode(200);
    }

    /** A scorecard created, submitted, reviewed without changes and confirmed: its own points become final. */
    public static long confirmedScorecard(String clusterCode, String provinceCode, int year, String... codesAndPoints) {
        long id = scorecard(clusterCode, provinceCode, year, lines(codesAndPoints));
        act(id, "submit");
        act(id, "review");
        act(id, "confirm");
        return id;
    }
}
