package vn.thidua.dossier;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.DemoProfile;

/**
 * Dev mode's demo dossier: Nam Định's 2023 flag nomination carries a generated Vietnamese PDF of each required kind
 * (DemoDossier), so its dossier is complete, and each comes back as a PDF whose text is Vietnamese.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDossierTest {

    @Test
    void namDinhsFlagNominationOf2023CarriesItsThreeRequiredDocumentsAsVietnamesePdfs() throws Exception {
        long flag = Api.as("viewer").queryParam("year", "2023").queryParam("awardType", "GOV_EMULATION_FLAG")
                .get("/api/v1/award-recommendations").then().statusCode(200)
                .extract().jsonPath().<Number>getList("items.findAll { it.nomineeName == 'Tỉnh Nam Định' }.id").get(0).longValue();
        Api.as("viewer").get("/api/v1/award-recommendations/{id}", flag).then().statusCode(200)
                .body("documentsMissing", empty());
        Response documents = Api.as("viewer").get("/api/v1/award-recommendations/{id}/documents", flag);
        documents.then().statusCode(200)
                .body("items.kind", containsInAnyOrder("PROPOSAL_LETTER", "ACHIEVEMENTS_REPORT", "VOTE_MINUTES"))
                .body("items.current.mediaType", equalTo(List.of("application/pdf", "application/pdf", "application/pdf")));
        List<Number> ids = documents.jsonPath().getList("items.id");
        List<String> kinds = documents.jsonPath().getList("items.kind");
        long letter = ids.get(kinds.indexOf("PROPOSAL_LETTER")).longValue();
        long minutes = ids.get(kinds.indexOf("VOTE_MINUTES")).longValue();

        Response download = Api.as("viewer").get("/api/v1/documents/{id}/content", letter);
        download.then().statusCode(200);
        byte[] pdf = download.asByteArray();
        assertEquals("\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)) + "\"",
                download.getHeader("ETag"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("TỜ TRÌNH"), text);
        assertTrue(text.contains("Cờ thi đua của Chính phủ năm 2023"), text);
        String vote = new PdfTextExtractor(new PdfReader(Api.as("viewer").get("/api/v1/documents/{id}/content", minutes)
                .then().statusCode(200).extract().asByteArray())).getTextFromPage(1);
        assertTrue(vote.contains("BIÊN BẢN") && vote.contains("Không đồng ý"), vote);
    }
}
