package vn.thidua.support;

import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The cluster's current ETag, as a client reads it before a write. */
    public static String clusterEtag(String clusterCode) {
        return Api.etagOf(Api.as("viewer").get("/api/v1/clusters/{code}", clusterCode)
                .then().statusCode(200).extract().response());
    }

    /** The membership's current ETag, as a client reads it before a write. */
    public static String membershipEtag(String clusterCode, long id) {
        return Api.etagOf(Api.as("viewer").get("/api/v1/clusters/{code}/members/{id}", clusterCode, id)
                .then().statusCode(200).extract().response());
    }

    /**
     * A valid body for a Prime Minister's certificate of merit (an individual, for merit) proposed through the
     * cluster that year; the nominee's name and province are the test's.
     */
    public static Map<String, Object> recommendation(String clusterCode, int year, String proposingProvinceCode,
                                                     String nomineeName, String nomineeProvinceCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clusterCode", clusterCode);
        body.put("year", year);
        body.put("awardTypeCode", "PM_CERTIFICATE_OF_MERIT");
        body.put("kind", "MERIT");
        body.put("nomineeKind", "INDIVIDUAL");
        body.put("nomineeName", nomineeName);
        body.put("nomineeProvinceCode", nomineeProvinceCode);
        body.put("proposingProvinceCode", proposingProvinceCode);
        body.put("achievements", "Hoàn thành xuất sắc nhiệm vụ năm " + year + ".");
        return body;
    }

    /** Values in the request form, from pairs: "BUDGET_REVENUE", "8200", "NTM_COMMUNES", "83"... */
    public static List<Map<String, Object>> values(String... codesAndValues) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("indicatorCode", codesAndValues[i]);
            value.put("value", new BigDecimal(codesAndValues[i + 1]));
            values.add(value);
        }
        return values;
    }

    /** Creates a draft report as an officer of the province and returns its id. */
    public static long report(String clusterCode, String provinceCode, String period, List<Map<String, Object>> values) {
        return Api.asProvince(provinceCode)
                .body(Map.of("clusterCode", clusterCode, "provinceCode", provinceCode, "period", period, "values", values))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Takes a report through a workflow action (submit, accept) as central staff. */
    public static void act(long reportId, String action) {
        String etag = Api.etagOf(Api.as("central").get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract().response());
        Api.as("central").header("If-Match", etag).body(Map.of("note", "Kiểm thử"))
                .post("/api/v1/reports/{id}/" + action, reportId).then().statusCode(200);
    }

    /** A report created, submitted and accepted. */
    public static long acceptedReport(String clusterCode, String provinceCode, String period, List<Map<String, Object>> values) {
        long id = report(clusterCode, provinceCode, period, values);
        act(id, "submit");
        act(id, "accept");
        return id;
    }

    /** The three documents a nomination's dossier needs before it is forwarded (Law 06/2022 Art. 84). */
    public static final List<String> REQUIRED_DOCUMENTS = List.of("PROPOSAL_LETTER", "ACHIEVEMENTS_REPORT", "VOTE_MINUTES");

    /** A small PDF of this text: what the service accepts (it judges a file by its first bytes). */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Uploads one document to a recommendation's dossier as central staff (who may add any kind before forwarding). */
    public static long attach(long recommendationId, String kind) {
        return Api.as("central").contentType("application/octet-stream").body(pdf(kind + " " + recommendationId))
                .queryParam("kind", kind).queryParam("title", "Hồ sơ " + kind).queryParam("fileName", kind + ".pdf")
                .post("/api/v1/award-recommendations/{id}/documents", recommendationId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Completes a recommendation's dossier (proposal letter, achievements report, vote minutes), so that it can be forwarded. */
    public static void attachDossier(long recommendationId) {
        REQUIRED_DOCUMENTS.forEach(kind -> attach(recommendationId, kind));
    }
}
