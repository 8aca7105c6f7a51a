package vn.thidua.dossier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.S3MockServer;

/**
 * A file larger than the whole heap of the JVM that runs the service and this test (the failsafe execution
 * gives it -Xmx256m, pom.xml) goes up and comes back byte for byte through the S3 store (S3Mock, started by
 * {@link S3MockServer}): neither the upload nor the download ever holds a file in memory. The file is made as it
 * is sent (seeded pseudo-random bytes after a PDF header), never stored anywhere but in the service. Runs in
 * {@code ./mvnw verify}.
 *
 * <p>The client speaks HTTP/1.1. With java.net.http's default (HTTP/2, which over cleartext starts as an h2c
 * upgrade of the first request, body included) this test once ran out of memory on upload: the server read the
 * upgrading request whole. The service now declines h2c ({@code common/ClearTextHttp1}), which DossierTest checks.
 */
@QuarkusTest
@TestProfile(LargeDocumentIT.LargeFiles.class)
class LargeDocumentIT {

    /** The S3 store on an S3Mock of its own (ports 18722-18723), the service's limit raised above the file's size. */
    public static class LargeFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thidua.documents.max-size", "1G", "thidua.documents.s3.sweep-every", "24h");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3MockServer.class, Map.of("port", "18722")));
        }
    }

    /** How long the test waits for the bucket to show what the service did. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    S3DocumentStore store;

    /** {@code size} bytes: a PDF header, then seeded pseudo-random bytes, made as they are read. */
    static final class GeneratedPdf extends InputStream {
        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final SplittableRandom random = new SplittableRandom(2023);
        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++, position++) {
                buffer[offset + i] = position < HEADER.length ? HEADER[(int) position] : (byte) random.nextInt(256);
            }
            return n;
        }
    }

    /** A draft of Nghệ An (40) in a fresh bloc that Thanh Hóa (38) heads. */
    private static long draft(String nominee) {
        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "40", "MEMBER");
        return Api.asProvince("40").body(Fixtures.recommendation(cluster, year, "40", nominee, "40"))
                .post("/api/v1/award-recommendations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aFileLargerThanTheHeapIsUploadedAndDownloadedByteForByte() throws Exception {
        long started = System.nanoTime();
        long heap = Runtime.getRuntime().maxMemory();
        long size = heap + 48L * 1024 * 1024;
        assertTrue(heap <= 300L * 1024 * 1024, "this test runs with a small heap (-Xmx256m), not " + heap);

        long recommendation = draft("Tập thể Hồ sơ lớn");

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "api/v1/award-recommendations/" + recommendation
                        + "/documents?kind=ACHIEVEMENTS_REPORT&title=B%C3%A1o%20c%C3%A1o&fileName=bao-cao-lon.pdf"))
                .header("Authorization", "Bearer " + Api.token("province", "40"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new DigestInputStream(new GeneratedPdf(size), sent)))
                .build();
        HttpResponse<String> created = http.send(upload, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String sha256 = HexFormat.of().formatHex(sent.digest());
        assertTrue(created.body().contains("\"sizeBytes\":" + size), created.body());
        assertTrue(created.body().contains("\"sha256\":\"" + sha256 + "\""), created.body());
        long document = Long.parseLong(created.body().replaceFirst("^\\{\"id\":(\\d+),.*", "$1"));

        HttpRequest download = HttpRequest.newBuilder(URI.create(base + "api/v1/documents/" + document + "/content"))
                .header("Authorization", "Bearer " + Api.token("province", "40")).GET().build();
        HttpResponse<InputStream> answer = http.send(download, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode());
        assertEquals("\"" + sha256 + "\"", answer.headers().firstValue("ETag").orElse(null));
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long count = 0;
        try (InputStream in = answer.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; count += n) {
                received.update(buffer, 0, n);
            }
        }
        assertEquals(size, count);
        assertEquals(sha256, HexFormat.of().formatHex(received.digest()));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT store, storage_ref FROM dossier_document_version WHERE document_id = " + document)) {
            rs.next();
            assertEquals("s3", rs.getString(1));
            String key = S3DocumentStore.FINAL + rs.getString(2);
            assertEquals(size, store.client().headObject(b -> b.bucket(S3MockServer.BUCKET).key(key)).contentLength());
        }
        System.out.printf("LargeDocumentIT: %d MiB up and down through the S3 store with a %d MiB heap in %d s%n",
                size >> 20, heap >> 20, (System.nanoTime() - started) / 1_000_000_000L);
    }

    @Test
    void aMultipartUploadThatBreaksOffLeavesNoObjectNoUploadInProgressAndNoRow() throws Exception {
        long recommendation = draft("Tập thể Hồ sơ dở dang");
        // 20 MiB of an announced 64: two 8 MiB parts sent to the bucket, the third under way when the client goes.
        try (Socket socket = new Socket(base.getHost(), base.getPort());
             InputStream bytes = new GeneratedPdf(20L * 1024 * 1024)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/award-recommendations/" + recommendation + "/documents?kind=OTHER&title=Dang%20do"
                    + "&fileName=dang-do.pdf HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.token("province", "40")
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + 64L * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            bytes.transferTo(out);
            out.flush();
            await("the file on its way to the bucket in parts when the client goes").atMost(WAIT)
                    .until(() -> !store.client().listMultipartUploads(b -> b.bucket(S3MockServer.BUCKET)).uploads().isEmpty());
        }
        await().atMost(WAIT).untilAsserted(() -> {
            assertEquals(0, store.client().listMultipartUploads(b -> b.bucket(S3MockServer.BUCKET)).uploads().size(),
                    "the multipart upload was aborted");
            assertEquals(0, store.client().listObjectsV2(b -> b.bucket(S3MockServer.BUCKET).prefix(S3DocumentStore.TEMPORARY))
                    .contents().size(), "no temporary object is left");
        });
        Api.as("viewer").get("/api/v1/award-recommendations/{id}/documents", recommendation)
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
    }
}
