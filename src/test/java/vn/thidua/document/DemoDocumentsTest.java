package vn.thidua.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.DemoProfile;

/**
 * The documents of the demo data (dev mode's DBSH cluster, 2023): what a newcomer downloads from Swagger UI.
 * The files are also kept in target/documents for dev/render-documents.sh.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDocumentsTest {

    private static byte[] get(String accept, String path, Object... params) {
        return Api.as("viewer").accept(accept).get(path, params).then().statusCode(200)
                .contentType(accept).extract().asByteArray();
    }

    @Test
    void reviewReportCarriesTheArticlesTotals() {
        byte[] bytes = get(DocumentTypes.DOCX, "/api/v1/clusters/DBSH/summaries/2023-H1");
        Opened.keep("DBSH-2023-H1-review.docx", bytes);
        String text = Opened.text(Opened.word(bytes)).replace('\u00a0', ' ');

        // The totals of the 2023 mid-year review, as the article writes them.
        for (String total : List.of("đạt 116.318 tỷ đồng", "đạt 246.514 tỷ đồng", "đạt 1.340 xã", "đạt 440 xã",
                "đạt 101 xã", "đạt 82 huyện")) {
            assertTrue(text.contains(total), "the report should say " + total + ":\n" + text);
        }
        // Decree 30's frame: issuing body, national motto, title, recipients, the head province's signature.
        for (String part : List.of("CỤM THI ĐUA CÁC TỈNH ĐỒNG BẰNG SÔNG HỒNG", "UBND TỈNH THÁI BÌNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thái Bình, ngày",
                "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", "Nơi nhận:", "CỤM TRƯỞNG",
                "Tất cả 9/9 tỉnh thành viên", "Cả nước chung sức xây dựng nông thôn mới")) {
            assertTrue(text.contains(part), "the report should have " + part);
        }
    }

    @Test
    void reviewReportTablesTheMembersFiguresWithTheirRanks() {
        XWPFDocument report = Opened.word(get(DocumentTypes.DOCX, "/api/v1/clusters/DBSH/summaries/2023-H1"));
        XWPFTable budget = report.getTables().stream()
                .filter(t -> t.getRow(0).getTableCells().size() > 2 && t.getRow(0).getCell(2).getText().startsWith("Thu ngân sách"))
                .findFirst().orElseThrow();
        // Header, the nine members, the cluster's row.
        assertEquals(11, budget.getNumberOfRows());
        XWPFTableRow quangNinh = budget.getRows().stream().filter(r -> r.getCell(1).getText().equals("Quảng Ninh"))
                .findFirst().orElseThrow();
        assertEquals("24.318 (1)", quangNinh.getCell(2).getText());
        XWPFTableRow cluster = budget.getRow(10);
        assertEquals("Toàn Cụm", cluster.getCell(1).getText());
        assertEquals("116.318", cluster.getCell(2).getText());
    }

    @Test
    void reviewReportEmbedsTheBudgetAndNewRuralAreaCharts() {
        XWPFDocument report = Opened.word(get(DocumentTypes.DOCX, "/api/v1/clusters/DBSH/summaries/2023-H1"));
        List<XWPFPictureData> pictures = report.getAllPictures();
        assertEquals(2, pictures.size());
        BufferedImage budget = Opened.image(pictures.get(0).getData());
        assertEquals(900, budget.getWidth());
        assertEquals(560, budget.getHeight());
        BufferedImage communes = Opened.image(pictures.get(1).getData());
        assertEquals(900, communes.getWidth());
        assertTrue(communes.getHeight() > 560, "three bars for each of nine members need a taller picture");
        String text = Opened.text(report);
        assertTrue(text.contains("Biểu đồ 1. Thu ngân sách nhà nước trên địa bàn của các tỉnh, 6 tháng đầu năm 2023"));
        assertTrue(text.contains("Biểu đồ 2. Số xã đạt chuẩn nông thôn mới, nâng cao, kiểu mẫu"));
    }

    @Test
    void budgetRevenueRankingIsAChartPicture() {
        byte[] png = Api.as("viewer").accept(DocumentTypes.PNG).queryParam("indicator", "BUDGET_REVENUE")
                .get("/api/v1/clusters/DBSH/rankings/2023-H1").then().statusCode(200).contentType(DocumentTypes.PNG)
                .extract().asByteArray();
        Opened.keep("DBSH-2023-H1-BUDGET_REVENUE-ranking.png", png);
        BufferedImage image = Opened.image(png);
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        // Not a blank picture: the bars are drawn in the first series' colour.
        int bars = 0;
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xB71C1C) {
                    bars++;
                }
            }
        }
        assertTrue(bars > 1000, "the bars should cover part of the picture, found " + bars + " samples");
    }

    @Test
    void awardStatisticsOpenAsASpreadsheet() throws Exception {
        byte[] bytes = Api.as("viewer").accept(DocumentTypes.XLSX).queryParam("groupBy", "awardType,status")
                .queryParam("cluster", "DBSH").queryParam("year", 2023)
                .get("/api/v1/statistics/awards").then().statusCode(200).contentType(DocumentTypes.XLSX)
                .extract().asByteArray();
        Opened.keep("DBSH-2023-award-statistics.xlsx", bytes);
        var json = Api.as("viewer").queryParam("groupBy", "awardType,status").queryParam("cluster", "DBSH")
                .queryParam("year", 2023).get("/api/v1/statistics/awards").then().statusCode(200).extract().jsonPath();
        try (XSSFWorkbook workbook = Opened.excel(bytes)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals(List.of("awardType", "awardTypeName", "status", "count"),
                    List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                            header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()));
            List<Integer> counts = json.getList("rows.count");
            assertEquals(counts.size(), sheet.getLastRowNum());
            for (int i = 0; i < counts.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertEquals(json.getString("rows[" + i + "].awardTypeName"), row.getCell(1).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
                assertEquals(counts.get(i).doubleValue(), row.getCell(3).getNumericCellValue());
            }
            assertTrue(json.getList("rows.awardTypeName").contains("Cờ thi đua của Chính phủ"));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(2), "names get wider columns than states");
        }
    }
}
