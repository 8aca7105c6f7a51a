package vn.thidua.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** The documents on fresh data: who is missing, the members' narratives, typed spreadsheet cells, long exports. */
@QuarkusTest
class DocumentsTest {

    @Inject
    AgroalDataSource database;

    /** Thanh Hóa (38, head) and Nghệ An (40) accepted, with narratives; Hà Tĩnh (42) submitted only. */
    private static String[] reviewCase() {
        String cluster = Fixtures.cluster("PROVINCES");
        int year = Api.freshYear();
        String period = year + "-H1";
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "40", "DEPUTY");
        Fixtures.member(cluster, year, "42", "MEMBER");
        accepted(cluster, "38", period, "100", "Giải ngân vốn đầu tư công còn chậm.", "Đẩy mạnh giải ngân vốn đầu tư công.");
        accepted(cluster, "40", period, "250.5", "Một số chỉ tiêu xã hội chưa đạt kế hoạch.", null);
        Fixtures.act(Fixtures.report(cluster, "42", period, Fixtures.values("BUDGET_REVENUE", "50")), "submit");
        return new String[] {cluster, period};
    }

    private static void accepted(String cluster, String province, String period, String budget, String limitations,
                                 String nextTasks) {
        Map<String, Object> body = new HashMap<>(Map.of("clusterCode", cluster, "provinceCode", province, "period", period,
                "values", Fixtures.values("BUDGET_REVENUE", budget, "POVERTY_RATE", "2.5"), "limitations", limitations));
        if (nextTasks != null) {
            body.put("nextTasks", nextTasks);
        }
        long id = Api.asProvince(province).body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Fixtures.act(id, "submit");
        Fixtures.act(id, "accept");
    }

    private static byte[] get(String role, String accept, String path, Map<String, ?> query) {
        return Api.as(role).accept(accept).queryParams(query).get(path).then().statusCode(200).contentType(accept)
                .extract().asByteArray();
    }

    @Test
    void reviewReportNamesTheMissingMemberAndQuotesTheMembersNarratives() {
        String[] c = reviewCase();
        XWPFDocument report = Opened.word(get("viewer", DocumentTypes.DOCX,
                "/api/v1/clusters/" + c[0] + "/summaries/" + c[1], Map.of()));
        String text = Opened.text(report).replace('\u00a0', ' ');

        assertTrue(text.contains("Chưa có số liệu của: Hà Tĩnh (báo cáo đã gửi, chờ chấp nhận)."), text);
        assertTrue(text.contains("từ báo cáo đã được chấp nhận của 2/3 tỉnh thành viên"), text);
        assertTrue(text.contains("Tổng thu ngân sách nhà nước trên địa bàn của các tỉnh trong Cụm đạt 350,5 tỷ đồng; "
                + "cao nhất là Nghệ An (250,5 tỷ đồng), thấp nhất là Thanh Hóa (100 tỷ đồng)"), text);
        assertTrue(text.contains("Tỷ lệ hộ nghèo bình quân của các tỉnh trong Cụm là 2,5%"), text);
        assertTrue(text.contains("Thanh Hóa: Giải ngân vốn đầu tư công còn chậm."), text);
        assertTrue(text.contains("Nghệ An: Một số chỉ tiêu xã hội chưa đạt kế hoạch."), text);
        assertTrue(text.contains("Thanh Hóa: Đẩy mạnh giải ngân vốn đầu tư công."), text);
        assertFalse(text.contains("Hà Tĩnh:"), "a report that does not count is not quoted");

        XWPFTable members = report.getTables().stream()
                .filter(t -> t.getRow(0).getTableCells().size() > 2 && t.getRow(0).getCell(2).getText().startsWith("Thu ngân sách"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Thanh Hóa", "Nghệ An", "Toàn Cụm"),
                members.getRows().subList(1, 4).stream().map(r -> r.getCell(1).getText()).toList());
        assertEquals("250,5 (1)", members.getRow(2).getCell(2).getText());
        assertEquals("2,5 (1)", members.getRow(1).getCell(3).getText(), "equal poverty rates share the first rank");
        assertEquals(1, report.getAllPictures().size(), "the budget chart; no new-rural-area figures, no chart of them");
    }

    @Test
    void reviewReportCountsSubmittedReportsWhenAsked() {
        String[] c = reviewCase();
        String text = Opened.text(Opened.word(get("viewer", DocumentTypes.DOCX,
                "/api/v1/clusters/" + c[0] + "/summaries/" + c[1], Map.of("include", "SUBMITTED")))).replace('\u00a0', ' ');
        assertTrue(text.contains("đạt 400,5 tỷ đồng"), text);
        assertTrue(text.contains("Tất cả 3/3 tỉnh thành viên đã có báo cáo được tính."), text);
    }

    @Test
    void summaryAndRankingAnswerSpreadsheetsWithTypedCells() throws Exception {
        String[] c = reviewCase();
        try (XSSFWorkbook summary = Opened.excel(get("viewer", DocumentTypes.XLSX,
                "/api/v1/clusters/" + c[0] + "/summaries/" + c[1], Map.of()))) {
            XSSFSheet sheet = summary.getSheetAt(0);
            assertEquals("Mã chỉ tiêu", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Giá trị của cụm", sheet.getRow(0).getCell(4).getStringCellValue());
            Row budget = rowStartingWith(sheet, "BUDGET_REVENUE");
            assertEquals("Thu ngân sách nhà nước trên địa bàn", budget.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, budget.getCell(4).getCellType());
            assertEquals(350.5, budget.getCell(4).getNumericCellValue());
            assertEquals(2.0, budget.getCell(5).getNumericCellValue());
            assertEquals("Nghệ An", budget.getCell(10).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
        try (XSSFWorkbook ranking = Opened.excel(get("viewer", DocumentTypes.XLSX,
                "/api/v1/clusters/" + c[0] + "/rankings/" + c[1], Map.of("indicator", "BUDGET_REVENUE")))) {
            XSSFSheet sheet = ranking.getSheetAt(0);
            assertEquals("Thu ngân sách nhà nước trên địa bàn (tỷ đồng)", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(1.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("Nghệ An", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals(100.0, sheet.getRow(2).getCell(3).getNumericCellValue());
        }
    }

    @Test
    void nationalStatisticsAnswerASpreadsheetForCentralStaff() throws Exception {
        String[] c = reviewCase();
        try (XSSFWorkbook national = Opened.excel(get("central", DocumentTypes.XLSX, "/api/v1/statistics/indicators",
                Map.of("period", c[1], "indicator", "BUDGET_REVENUE")))) {
            XSSFSheet sheet = national.getSheetAt(0);
            Row cluster = rowWithCell(sheet, 4, c[0]);
            assertEquals(350.5, cluster.getCell(6).getNumericCellValue());
            assertEquals("Toàn quốc", sheet.getRow(sheet.getLastRowNum()).getCell(5).getStringCellValue());
        }
    }

    @Test
    void aProvincesIndicatorSeriesAnswersASpreadsheet() throws Exception {
        String[] c = reviewCase();
        String year = c[1].substring(0, 4);
        try (XSSFWorkbook series = Opened.excel(get("viewer", DocumentTypes.XLSX, "/api/v1/provinces/40/indicators",
                Map.of("asOf", year + "-07-01", "from", year, "to", year, "indicator", "BUDGET_REVENUE")))) {
            XSSFSheet sheet = series.getSheetAt(0);
            assertEquals("Mã tỉnh", sheet.getRow(0).getCell(0).getStringCellValue());
            Row ngheAn = rowStartingWith(sheet, "40");
            assertEquals("Nghệ An", ngheAn.getCell(1).getStringCellValue());
            assertEquals(250.5, ngheAn.getCell(7).getNumericCellValue());
        }
    }

    @Test
    void theRecommendationListExportsEveryRowPastTheDatabaseChunks() throws Exception {
        // A cluster of its own, made for this list: the filter by it is the list; the year is any.
        String cluster = Fixtures.cluster("BLOC");
        int year = 2023;
        int count = 1_234; // more than two chunks of 500
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO award_recommendation (cluster_id, year, award_type_id, award_type_code, kind, nominee_kind,
                            nominee_name, nominee_province_id, direct_worker, proposing_province_id, achievements, status)
                     SELECT c.id, ?, t.id, t.code, 'MERIT', 'INDIVIDUAL', 'Nguyễn Văn Thi Đua ' || c.code || ' ' || g, p.id,
                            g % 2 = 0, p.id,
                            'Hoàn thành xuất sắc nhiệm vụ.', 'SUBMITTED'
                       FROM generate_series(1, ?) g, cluster c, award_type t,
                            (SELECT id FROM province WHERE code = '38' ORDER BY valid_from LIMIT 1) p
                      WHERE c.code = ? AND t.code = 'PROVINCIAL_CERTIFICATE_OF_MERIT'""")) {
            insert.setInt(1, year);
            insert.setInt(2, count);
            insert.setString(3, cluster);
            assertEquals(count, insert.executeUpdate());
        }
        Map<String, ?> filter = Map.of("cluster", cluster, "year", year);
        Api.as("viewer").queryParams(filter).get("/api/v1/award-recommendations").then().statusCode(200)
                .body("total", equalTo(count));

        try (XSSFWorkbook workbook = Opened.excel(get("viewer", DocumentTypes.XLSX, "/api/v1/award-recommendations", filter))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(count, sheet.getLastRowNum());
            double previous = Double.MAX_VALUE;
            for (int r = 1; r <= count; r++) {
                double id = sheet.getRow(r).getCell(0).getNumericCellValue();
                assertTrue(id < previous, "newest first, each once");
                previous = id;
            }
            Row first = sheet.getRow(1);
            assertEquals(year, first.getCell(2).getNumericCellValue());
            assertEquals("Bằng khen cấp bộ, ban, ngành, tỉnh", first.getCell(4).getStringCellValue());
            assertEquals("Nguyễn Văn Thi Đua " + cluster + " " + count, first.getCell(7).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(20)), "created at is a date and time");
        }
        String csv = new String(get("viewer", "text/csv", "/api/v1/award-recommendations", filter), StandardCharsets.UTF_8);
        assertEquals(count + 1, csv.split("\r\n").length);
    }

    @Test
    void theMembersChartComesAsSvgToo() throws Exception {
        String[] c = reviewCase();
        byte[] svg = get("viewer", DocumentTypes.SVG, "/api/v1/clusters/" + c[0] + "/summaries/" + c[1], Map.of());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertTrue(document.getDocumentElement().getTextContent().contains("Đã được chấp nhận"));
        assertTrue(document.getDocumentElement().getTextContent().contains("Chưa có báo cáo"));
        var png = Opened.image(get("viewer", DocumentTypes.PNG, "/api/v1/clusters/" + c[0] + "/summaries/" + c[1], Map.of()));
        assertEquals(900, png.getWidth());
    }

    @Test
    void askingForATypeTheAddressDoesNotAnswerNamesThoseItDoes() {
        Api.invalidAs("viewer").accept(DocumentTypes.DOCX).queryParam("indicator", "BUDGET_REVENUE")
                .get("/api/v1/clusters/DBSH/rankings/2023-H1")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:not-acceptable"))
                .body("detail", containsString(DocumentTypes.XLSX))
                .body("detail", containsString("image/png"))
                .body("detail", not(containsString(DocumentTypes.DOCX)));
    }

    @Test
    void theAnswerFollowsTheClientsPreferenceAndTheServicesAmongEquals() {
        String[] c = reviewCase();
        Api.as("viewer").accept("text/csv, application/json").queryParam("cluster", c[0])
                .get("/api/v1/award-recommendations").then().statusCode(200).contentType(containsString("application/json"))
                .body("total", equalTo(0));
        Api.as("viewer").accept("text/csv, application/json;q=0.5").queryParam("cluster", c[0])
                .get("/api/v1/award-recommendations").then().statusCode(200).contentType(containsString("text/csv"));
        Api.as("viewer").accept("application/json, " + DocumentTypes.DOCX)
                .get("/api/v1/clusters/" + c[0] + "/summaries/" + c[1]).then().statusCode(200)
                .contentType(containsString("application/json"));
        byte[] docx = Api.as("viewer").accept(DocumentTypes.DOCX + ", application/json;q=0.5")
                .get("/api/v1/clusters/" + c[0] + "/summaries/" + c[1]).then().statusCode(200)
                .contentType(DocumentTypes.DOCX).extract().asByteArray();
        assertTrue(Opened.text(Opened.word(docx)).contains("BÁO CÁO"));
    }

    @Test
    void aReviewReportOfAnUnknownClusterIsANotFoundProblem() {
        Api.as("viewer").accept(DocumentTypes.DOCX).get("/api/v1/clusters/KHONG-CO/summaries/2023-H1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:not-found"));
    }

    private static Row rowStartingWith(XSSFSheet sheet, String code) {
        return rowWithCell(sheet, 0, code);
    }

    private static Row rowWithCell(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && row.getCell(column).getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value);
    }
}
