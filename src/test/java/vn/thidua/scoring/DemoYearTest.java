package vn.thidua.scoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.DemoProfile;

/** The demo data's year of the Red River Delta cluster: the 2023 scores, Nam Định first, and the 2024 election. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoYearTest {

    @Test
    void namĐịnhRanksFirstByTheConfirmedScoresOf2023() {
        Api.as("viewer").get("/api/v1/clusters/{code}/scores/{year}", "DBSH", 2023)
                .then().statusCode(200)
                .body("members", equalTo(9))
                .body("entries.provinceCode", contains("36", "34", "37", "35", "30", "33", "22", "27", "26"))
                .body("entries.rank", contains(1, 2, 3, 4, 5, 6, 7, 8, 9))
                .body("entries[0].totalPoints", equalTo(102))
                .body("entries[4].totalPoints", equalTo(96.5f))
                // The tie rule's budget revenue is the member's accepted 2023-FY report (illustrative figures).
                .body("entries[0].tieBreakerValues[1].value", equalTo(11648))
                .body("entries[8].tieBreakerValues[1].value", equalTo(33488))
                .body("leader.provinceName", equalTo("Nam Định"))
                .body("notConfirmed", equalTo(java.util.List.of()));
        Api.as("viewer").get("/api/v1/clusters/{code}/scoring-schemes/{year}", "DBSH", 2023)
                .then().statusCode(200).body("frozen", equalTo(true)).body("maximumTotal", equalTo(105));
    }

    @Test
    void theReviewChangedThaiBinhsBonusWithAReason() {
        Api.as("viewer").queryParam("cluster", "DBSH").queryParam("year", 2023).queryParam("province", "34")
                .get("/api/v1/scorecards")
                .then().statusCode(200)
                .body("items[0].status", equalTo("CONFIRMED"))
                .body("items[0].selfTotal", equalTo(103))
                .body("items[0].agreedTotal", equalTo(101))
                .body("items[0].lines.find { it.itemCode == 'T.1' }.reviewReason",
                        equalTo("Mô hình được biểu dương cấp tỉnh, chưa được Trung ương biểu dương."));
    }

    @Test
    void hảiDươngWasElectedDeputyFor2024() {
        Api.as("viewer").get("/api/v1/clusters/{code}/elections/{year}", "DBSH", 2024)
                .then().statusCode(200)
                .body("heldOn", equalTo("2024-03-13"))
                .body("deputies.province.name", contains("Hải Dương"))
                .body("memberships.size()", equalTo(9))
                .body("memberships.findAll { it.role == 'DEPUTY' }.province.code", contains("30"))
                .body("memberships.role", hasItem("HEAD"));
    }

    @Test
    void the2023CovenantWasSignedInMarchByAllNineMembers() {
        Api.as("viewer").get("/api/v1/clusters/{code}/covenants/{year}", "DBSH", 2023)
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signing.signedOn", equalTo("2023-03-29"))
                .body("signing.hostProvince.name", equalTo("Thái Bình"))
                .body("signing.signatories.size()", equalTo(9))
                .body("signing.signatories.find { it.province.code == '36' }.name", equalTo("Hà Lan Anh"))
                .body("items.size()", equalTo(6))
                .body("items[1].indicatorCode", equalTo("NTM_COMMUNES"));
    }

    /** The ranking as a workbook: what the office opens; also kept in target/documents for dev/render-documents.sh. */
    @Test
    void theRankingOf2023IsAnExcelWorkbookWithTypedCells() throws Exception {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] bytes = Api.as("viewer").accept(xlsx).get("/api/v1/clusters/{code}/scores/{year}", "DBSH", 2023)
                .then().statusCode(200).contentType(xlsx).extract().asByteArray();
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "DBSH-2023-scores.xlsx"), bytes);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Hạng", header.getCell(0).getStringCellValue());
            assertEquals("Tỉnh", header.getCell(2).getStringCellValue());
            assertEquals("Tiêu chí phụ 2: Thu ngân sách nhà nước trên địa bàn (tỷ đồng)", header.getCell(9).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("Nam Định", first.getCell(2).getStringCellValue());
            assertEquals(102, first.getCell(3).getNumericCellValue());
            assertEquals(11648, first.getCell(9).getNumericCellValue(), "Nam Định's 2023 budget revenue breaks ties");
            assertEquals(9, sheet.getLastRowNum(), "the header and nine members (rows 0 to 9)");
            // Read as a table: a figure's header stands over it on the right, a text's on the left, and a long
            // header wraps instead of widening its column far beyond its figures.
            assertEquals(HorizontalAlignment.RIGHT, header.getCell(0).getCellStyle().getAlignment(), "rank");
            assertEquals(HorizontalAlignment.LEFT, header.getCell(2).getCellStyle().getAlignment(), "province");
            assertTrue(header.getCell(9).getCellStyle().getWrapText());
            assertTrue(sheet.getColumnWidth(9) < 25 * 256, "the tie rule's column: " + sheet.getColumnWidth(9) / 256);
        }
    }
}
