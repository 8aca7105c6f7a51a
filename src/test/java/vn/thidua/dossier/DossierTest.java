package vn.thidua.dossier;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.support.Problems.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.ServiceThreads;

/**
 * The documents of dossiers: what is accepted and how it comes back, what is refused and that a refusal
 * leaves nothing behind (no row, no large object), versions, and the completeness rule of a nomination.
 * Tests run with a 1 MiB limit per file (application.properties, %test), on the PostgreSQL store here and
 * on the S3 store in {@link S3DossierTest}, which overrides {@link #stored()} and {@link #damage(long)}.
 */
@QuarkusTest
class DossierTest {

    private static final String RECOMMENDATIONS = "/api/v1/award-recommendations";
    private static final String OCTETS = "application/octet-stream";
    private static final int YEAR = Api.freshBlocYear();
    /** How long a test waits for the service to reach a point of a request it sends by hand. */
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    /** A bloc of Thanh Hóa (38, head), Nghệ An (40) and Hà Tĩnh (42), and a draft of Nghệ An's. */
    static long draft() {
        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, YEAR, "38", "HEAD");
        Fixtures.member(cluster, YEAR, "40", "MEMBER");
        Fixtures.member(cluster, YEAR, "42", "MEMBER");
        return Api.asProvince("40").body(Fixtures.recommendation(cluster, YEAR, "40", "Hợp tác xã Hồ sơ " + cluster, "40"))
                .post(RECOMMENDATIONS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static RequestSpecification upload(RequestSpecification as, String kind, String fileName, byte[] bytes) {
        return as.contentType(OCTETS).body(bytes).queryParam("kind", kind)
                .queryParam("title", "Tờ trình đề nghị tặng Bằng khen của Thủ tướng Chính phủ").queryParam("fileName", fileName);
    }

    private static Response act(RequestSpecification as, long id, String action, Object body) {
        String etag = Api.etagOf(Api.as("viewer").get(RECOMMENDATIONS + "/{id}", id).then().statusCode(200).extract().response());
        return as.header("If-Match", etag).body(body).post(RECOMMENDATIONS + "/{id}/{action}", id, action);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Whether an upload's bytes are streaming into the store now (in either store: S3DossierTest runs these tests too). */
    static boolean streamingIntoTheStore() {
        return ServiceThreads.inside(PostgresDocumentStore.class, "write") || ServiceThreads.inside(S3DocumentStore.class, "write");
    }

    /** Documents and large objects stored, to check that a refusal leaves nothing behind. */
    protected long[] stored() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM dossier_document_version), "
                     + "(SELECT count(*) FROM pg_largeobject_metadata)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    @Test
    void aNominationIsForwardedOnlyWithTheProposalLetterTheAchievementsReportAndTheVoteMinutes() {
        long id = draft();
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}", id).then().statusCode(200)
                .body("documentsMissing", contains("PROPOSAL_LETTER", "ACHIEVEMENTS_REPORT", "VOTE_MINUTES"));
        upload(Api.asProvince("40"), "PROPOSAL_LETTER", "Tờ trình.pdf", Fixtures.pdf("Tờ trình"))
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201);
        act(Api.asProvince("40"), id, "submit", Map.of()).then().statusCode(200);
        act(Api.asProvince("38"), id, "vote", Map.of("membersPresent", 3, "votesFor", 3, "votesAgainst", 0, "votesAbstaining", 0))
                .then().statusCode(200);

        act(Api.asProvince("38"), id, "forward", Map.of()).then().spec(problem(409, "conflict"))
                .body("detail", containsString("missing: ACHIEVEMENTS_REPORT, VOTE_MINUTES"))
                .body("errors.field", contains("documents", "documents"))
                .body("errors.message", contains("ACHIEVEMENTS_REPORT", "VOTE_MINUTES"));
        // Before the cluster, the proposer's papers are the proposer's: the head adds the minutes, not the report.
        upload(Api.asProvince("38"), "ACHIEVEMENTS_REPORT", "Báo cáo.pdf", Fixtures.pdf("Báo cáo"))
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().spec(problem(409, "conflict"));
        upload(Api.asProvince("40"), "ACHIEVEMENTS_REPORT", "Báo cáo.pdf", Fixtures.pdf("Báo cáo"))
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().spec(problem(403, "forbidden"));
        upload(Api.asProvince("38"), "VOTE_MINUTES", "Biên bản họp Cụm.pdf", Fixtures.pdf("Biên bản"))
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201);
        Fixtures.attach(id, "ACHIEVEMENTS_REPORT");
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}", id).then().statusCode(200).body("documentsMissing", equalTo(List.of()));

        act(Api.asProvince("38"), id, "forward", Map.of()).then().statusCode(200).body("status", equalTo("FORWARDED"));
        // A forwarded nomination's dossier is what was decided on: closed.
        upload(Api.as("central"), "OTHER", "Bổ sung.pdf", Fixtures.pdf("Bổ sung"))
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().spec(problem(409, "conflict"));
    }

    @Test
    void aDocumentComesBackByteForByteWithItsVietnameseNameItsTypeJudgedByItsBytesAndItsSha256() throws Exception {
        long id = draft();
        byte[] bytes = Fixtures.pdf("Báo cáo thành tích của Hợp tác xã năm " + YEAR);
        String name = "Báo cáo thành tích – Hợp tác xã Đồng Tâm.pdf";
        Response created = upload(Api.asProvince("40"), "ACHIEVEMENTS_REPORT", name, bytes)
                .post(RECOMMENDATIONS + "/{id}/documents", id);
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("kind", equalTo("ACHIEVEMENTS_REPORT"))
                .body("ownerKind", equalTo("award-recommendation"))
                .body("current.fileName", equalTo(name))
                .body("current.mediaType", equalTo("application/pdf"))
                .body("current.sizeBytes", equalTo(bytes.length))
                .body("current.sha256", equalTo(sha256(bytes)))
                .body("current.uploadedBy", equalTo("test-province@thidua.dev.local"));
        long document = created.jsonPath().getLong("id");

        Api.as("viewer").get(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) document));
        Response download = Api.asProvince("42").get("/api/v1/documents/{id}/content", document);
        download.then().statusCode(404); // Nghệ An's draft: not Hà Tĩnh's to read
        download = Api.asProvince("40").get("/api/v1/documents/{id}/content", document);
        download.then().statusCode(200)
                .contentType("application/pdf")
                .header("ETag", "\"" + sha256(bytes) + "\"")
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", equalTo("attachment; filename=\"Bao cao thanh tich _ Hop tac xa Dong Tam.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A0nh%20t%C3%ADch%20%E2%80%93%20H%E1%BB%A3p%20t%C3%A1c%20x%C3%A3%20"
                        + "%C4%90%E1%BB%93ng%20T%C3%A2m.pdf"));
        assertArrayEquals(bytes, download.asByteArray());

        Api.asProvince("40").header("If-None-Match", "\"" + sha256(bytes) + "\"").get("/api/v1/documents/{id}/content", document)
                .then().statusCode(304);
        Response part = Api.asProvince("40").header("Range", "bytes=1-4").get("/api/v1/documents/{id}/content", document);
        part.then().statusCode(206).header("Content-Range", "bytes 1-4/" + bytes.length);
        assertEquals("PDF-", part.asString());
        Response tail = Api.asProvince("40").header("Range", "bytes=-6").get("/api/v1/documents/{id}/content", document);
        tail.then().statusCode(206).header("Content-Range", "bytes " + (bytes.length - 6) + "-" + (bytes.length - 1) + "/" + bytes.length);
        assertEquals("%%EOF\n", tail.asString());
        for (String outside : List.of("bytes=" + bytes.length + "-", "bytes=" + (bytes.length + 100) + "-" + (bytes.length + 200), "bytes=-0")) {
            Api.asProvince("40").header("Range", outside).get("/api/v1/documents/{id}/content", document)
                    .then().spec(problem(416, "range-not-satisfiable"))
                    .header("Content-Range", "bytes */" + bytes.length);
        }

        // Who read which dossier: the downloads are in the audit trail with the upload.
        Api.as("admin").queryParam("entity", "document").queryParam("entityId", String.valueOf(document))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("upload", "download"));
    }

    /**
     * RFC 9110 §14.1.2: a last position past the end, or a suffix longer than the file, still selects bytes: the range
     * is answered up to the last byte. Only a first position at or past the end (or an empty suffix) is unsatisfiable.
     */
    @Test
    void aRangeReachingPastTheEndIsAnsweredUpToTheLastByteAndOneStartingPastItIs416() throws Exception {
        long id = draft();
        byte[] bytes = Fixtures.pdf("Biên bản họp Cụm năm " + YEAR);
        int size = bytes.length;
        long document = upload(Api.asProvince("40"), "VOTE_MINUTES", "Biên bản.pdf", bytes)
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201).extract().jsonPath().getLong("id");
        String huge = "99999999999999999999999";
        Map<String, Integer> firstByRange = Map.of(
                "bytes=0-" + (size + 1000), 0,
                "bytes=0-" + huge, 0,
                "bytes=0-", 0,
                "bytes=7-" + huge, 7,
                "bytes=7-", 7,
                "bytes=" + (size - 1) + "-", size - 1,
                "bytes=-" + (size + 50), 0,
                "bytes=-" + huge, 0);
        for (Map.Entry<String, Integer> range : firstByRange.entrySet()) {
            int first = range.getValue();
            Response part = Api.asProvince("40").header("Range", range.getKey()).get("/api/v1/documents/{id}/content", document);
            part.then().statusCode(206)
                    .header("Content-Range", "bytes " + first + "-" + (size - 1) + "/" + size)
                    .header("Content-Length", String.valueOf(size - first));
            assertArrayEquals(Arrays.copyOfRange(bytes, first, size), part.asByteArray(), range.getKey());
        }
        for (String outside : List.of("bytes=" + size + "-", "bytes=" + size + "-" + huge, "bytes=" + huge + "-",
                "bytes=" + huge + "-" + huge, "bytes=-0")) {
            Api.asProvince("40").header("Range", outside).get("/api/v1/documents/{id}/content", document)
                    .then().spec(problem(416, "range-not-satisfiable"))
                    .header("Content-Range", "bytes */" + size);
        }
        // Not a range this service answers (an invalid one, several, another unit): the whole file, as RFC 9110 allows.
        for (String ignored : List.of("bytes=5-3", "bytes=0-1,4-5", "items=0-1")) {
            Response whole = Api.asProvince("40").header("Range", ignored).get("/api/v1/documents/{id}/content", document);
            whole.then().statusCode(200);
            assertArrayEquals(bytes, whole.asByteArray(), ignored);
        }
    }

    /** What the contract says of fileName: the part after the last / or \, in NFC, without control characters. */
    @Test
    void aFileNameIsKeptWithoutItsDirectoriesAndControlCharacters() throws Exception {
        long id = draft();
        byte[] bytes = Fixtures.pdf("Tờ trình");
        Response created = upload(Api.asProvince("40"), "PROPOSAL_LETTER", "../../etc/passwd.pdf", bytes)
                .post(RECOMMENDATIONS + "/{id}/documents", id);
        created.then().statusCode(201).body("current.fileName", equalTo("passwd.pdf"));
        long document = created.jsonPath().getLong("id");
        Api.asProvince("40").get("/api/v1/documents/{id}/content", document).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"passwd.pdf\"; filename*=UTF-8''passwd.pdf"));

        // A Windows path, a name in decomposed Unicode (as macOS sends it) and control characters (a bell, an escape).
        String etag = Api.etagOf(Api.as("viewer").get("/api/v1/documents/{id}", document).then().statusCode(200).extract().response());
        Api.asProvince("40").contentType(OCTETS).body(bytes).header("If-Match", etag)
                .queryParam("fileName", "C:\\Users\\van-thu\\To\u031b\u0300 tri\u0300nh\u0007\u001b.pdf")
                .put("/api/v1/documents/{id}/content", document)
                .then().statusCode(200).body("current.fileName", equalTo("Tờ trình.pdf"));

        for (String nothingLeft : List.of("../", "..", "ho-so/\u0007\t")) {
            upload(Api.asProvince("40"), "OTHER", nothingLeft, bytes).post(RECOMMENDATIONS + "/{id}/documents", id)
                    .then().spec(problem(422, "invalid-input")).body("errors.field", contains("fileName"));
        }
    }

    @Test
    void filesThatAreNotPdfOfficeOrImagesAreRefusedWith415WhateverTheirNameAndLeaveNothingBehind() throws Exception {
        long id = draft();
        long[] before = stored();
        ByteArrayOutputStream escaping = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(escaping)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../etc/cron.d/thidua"));
            zip.write("* * * * * root sh".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            zip.putNextEntry(new ZipEntry("ho-so/to-trinh.txt"));
            zip.write("Tờ trình".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> refused = Map.of(
                "executable.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0},
                "elf.pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0},
                "to-trinh.html", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "chu-ky.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "bao-cao.docx", escaping.toByteArray(),
                "ho-so.zip", archive.toByteArray());
        // Declared as PDF (the contract asks for application/octet-stream; the service takes any type and judges the bytes).
        refused.forEach((name, bytes) -> upload(Api.invalidAs("central"), "OTHER", name, bytes)
                .contentType("application/pdf")
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().spec(problem(415, "unsupported-media-type")));
        assertArrayEquals(before, stored(), "a refused file leaves no version and no large object");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("Báo cáo thành tích năm " + YEAR);
            word.write(docx);
        }
        upload(Api.asProvince("40"), "ACHIEVEMENTS_REPORT", "Báo cáo thành tích.docx", docx.toByteArray())
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201)
                .body("current.mediaType", equalTo(FileTypes.DOCX));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        upload(Api.asProvince("40"), "CERTIFICATION", "Xác nhận.pdf", png)
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201)
                .body("current.mediaType", equalTo("image/png"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413WhetherItsLengthIsAnnouncedOrNotAndLeavesNothingBehind() throws Exception {
        long id = draft();
        long[] before = stored();
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        System.arraycopy(Fixtures.pdf("x"), 0, tooLarge, 0, 5);
        upload(Api.asProvince("40"), "OTHER", "Lớn.pdf", tooLarge).post(RECOMMENDATIONS + "/{id}/documents", id)
                .then().spec(problem(413, "payload-too-large"));

        // Streamed without a length: counted as it arrives.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "api/v1/award-recommendations/" + id
                        + "/documents?kind=OTHER&title=L%E1%BB%9Bn&fileName=L%E1%BB%9Bn.pdf"))
                .header("Authorization", "Bearer " + Api.token("province", "40"))
                .header("Content-Type", OCTETS)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build();
        // With the JDK client's defaults, which ask to upgrade to h2c: the service answers in HTTP/1.1 (an h2c upgrade
        // would hold the whole body in memory, and its 413 reset the stream instead of reaching the client).
        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), "the upgrade to h2c is declined");
        assertArrayEquals(before, stored(), "a refused file leaves no version and no large object");
    }

    @Test
    void aDeclaredSha256ThatDoesNotMatchTheBytesIs422AndLeavesNothingBehind() throws Exception {
        long id = draft();
        long[] before = stored();
        byte[] bytes = Fixtures.pdf("Biên bản họp");
        String other = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(Fixtures.pdf("khác")));
        upload(Api.asProvince("40"), "OTHER", "Biên bản.pdf", bytes).header("Content-Digest", "sha-256=:" + other + ":")
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().spec(problem(422, "invalid-input"))
                .body("errors[0].field", equalTo("Content-Digest"));
        assertArrayEquals(before, stored(), "a refused file leaves no version and no large object");

        String right = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        upload(Api.asProvince("40"), "OTHER", "Biên bản.pdf", bytes).header("Content-Digest", "sha-256=:" + right + ":")
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201);
        upload(Api.asProvince("40"), "OTHER", "Biên bản.pdf", bytes).header("Digest", "SHA-256=" + right)
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201);
    }

    @Test
    void anUploadThatBreaksOffLeavesNoRowAndNoStoredObject() throws Exception {
        long id = draft();
        long[] before = stored();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/award-recommendations/" + id + "/documents?kind=OTHER&title=Dang%20do&fileName=dang-do.pdf HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + Api.token("province", "40") + "\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 900000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(Fixtures.pdf("dang do"));
            out.write(new byte[300_000]);
            out.flush();
            // The connection breaks off while the bytes stream into the store.
            await().atMost(WAIT).until(DossierTest::streamingIntoTheStore);
        }
        // The service notices the closed connection and rolls back; once it is done with the upload, nothing of it is left.
        await().atMost(WAIT).until(() -> !ServiceThreads.inside(DossierService.class, "upload"));
        assertArrayEquals(before, stored(), "a broken-off upload leaves no version and no large object");
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRetriedUploadWithItsKeyStoresTheFileOnce() throws Exception {
        long id = draft();
        long[] before = stored();
        String key = UUID.randomUUID().toString();
        byte[] bytes = Fixtures.pdf("Tờ trình gửi lại");
        int first = upload(Api.asProvince("40"), "PROPOSAL_LETTER", "Tờ trình.pdf", bytes).header("Idempotency-Key", key)
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201).extract().path("id");
        upload(Api.asProvince("40"), "PROPOSAL_LETTER", "Tờ trình.pdf", bytes).header("Idempotency-Key", key)
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        long[] after = stored();
        assertEquals(before[0] + 1, after[0], "one version");
        assertEquals(before[1] + 1, after[1], "one stored file (a large object, or an object in the bucket)");
        for (int i = 2; i < after.length; i++) {
            assertEquals(before[i], after[i], "nothing else left by the replay (S3: multipart uploads, large objects)");
        }
        Api.as("viewer").get(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aReplacementIsANewVersionAndTheEarlierOneIsKept() throws Exception {
        long id = draft();
        byte[] first = Fixtures.pdf("Tờ trình lần 1");
        byte[] second = Fixtures.pdf("Tờ trình lần 2, bổ sung số liệu");
        long document = upload(Api.asProvince("40"), "PROPOSAL_LETTER", "Tờ trình.pdf", first)
                .post(RECOMMENDATIONS + "/{id}/documents", id).then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = Api.etagOf(Api.as("viewer").get("/api/v1/documents/{id}", document).then().statusCode(200).extract().response());

        Api.invalidAs("central").contentType(OCTETS).body(second).queryParam("fileName", "Tờ trình (sửa).pdf")
                .put("/api/v1/documents/{id}/content", document).then().spec(problem(428, "if-match-required"));
        Api.asProvince("40").contentType(OCTETS).body(second).header("If-Match", etag).queryParam("fileName", "Tờ trình (sửa).pdf")
                .put("/api/v1/documents/{id}/content", document).then().statusCode(200)
                .body("currentVersion", equalTo(2)).body("current.sha256", equalTo(sha256(second)))
                .body("current.fileName", equalTo("Tờ trình (sửa).pdf"));
        Api.asProvince("40").contentType(OCTETS).body(second).header("If-Match", etag).queryParam("fileName", "Tờ trình.pdf")
                .put("/api/v1/documents/{id}/content", document).then().spec(problem(412, "stale-version"));

        Api.as("viewer").get("/api/v1/documents/{id}/versions", document).then().statusCode(200)
                .body("items.number", contains(2, 1)).body("items.sha256", contains(sha256(second), sha256(first)));
        assertArrayEquals(first, Api.as("viewer").get("/api/v1/documents/{id}/versions/1/content", document)
                .then().statusCode(200).extract().asByteArray());
        assertArrayEquals(second, Api.as("viewer").get("/api/v1/documents/{id}/content", document)
                .then().statusCode(200).extract().asByteArray());
    }

    @Test
    void aDocumentIsDeletedWithItsBytesWhileItsOwnerIsEditableAndNotAfter() throws Exception {
        long id = draft();
        long[] before = stored();
        long document = Fixtures.attach(id, "OTHER");
        String etag = Api.etagOf(Api.as("viewer").get("/api/v1/documents/{id}", document).then().statusCode(200).extract().response());
        Api.asProvince("40").header("If-Match", etag).delete("/api/v1/documents/{id}", document).then().statusCode(204);
        assertArrayEquals(before, stored(), "the version and its large object went with the document");
        Api.as("viewer").get("/api/v1/documents/{id}", document).then().spec(problem(404, "not-found"));

        String cluster = Fixtures.cluster("BLOC");
        Fixtures.member(cluster, YEAR, "38", "HEAD");
        Fixtures.member(cluster, YEAR, "40", "MEMBER");
        long report = Fixtures.report(cluster, "40", YEAR + "-H1", Fixtures.values("BUDGET_REVENUE", "8200"));
        long signed = upload(Api.asProvince("40"), "OTHER", "Báo cáo 6 tháng (bản ký).pdf", Fixtures.pdf("Báo cáo"))
                .post("/api/v1/reports/{id}/documents", report).then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.act(report, "submit");
        String signedEtag = Api.etagOf(Api.as("viewer").get("/api/v1/documents/{id}", signed).then().statusCode(200).extract().response());
        Api.asProvince("40").header("If-Match", signedEtag).delete("/api/v1/documents/{id}", signed)
                .then().spec(problem(409, "conflict"));
        Api.as("viewer").get("/api/v1/reports/{id}/documents", report).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theIntegrityCheckReportsAStoredFileWhoseBytesChanged() throws Exception {
        long id = draft();
        long intact = Fixtures.attach(id, "PROPOSAL_LETTER");
        long damaged = Fixtures.attach(id, "OTHER");
        damage(damaged);
        Api.as("central").get("/api/v1/document-integrity").then().spec(problem(403, "forbidden"));
        Response report = Api.as("admin").get("/api/v1/document-integrity");
        report.then().statusCode(200)
                .body("mismatches.documentId", hasItems((int) damaged))
                .body("mismatches.find { it.documentId == " + damaged + " }.expectedSha256",
                        equalTo(sha256(Fixtures.pdf("OTHER " + id))));
        List<Integer> mismatched = report.jsonPath().getList("mismatches.documentId");
        assertEquals(false, mismatched.contains((int) intact), "an intact file is not reported");
    }

    /** Changes one stored byte of the document's file, behind the service's back. */
    protected void damage(long documentId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT lo_put(CAST(storage_ref AS oid), 1, '\\x58') FROM dossier_document_version WHERE document_id = " + documentId);
        }
    }
}
