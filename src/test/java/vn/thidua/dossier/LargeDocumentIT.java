package vn.thidua.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * A file larger than the whole heap of the JVM that runs the service and this test (the failsafe execution
 * gives it -Xmx256m, pom.xml) goes up and comes back byte for byte: neither the upload nor the download
 * ever holds a file in memory. The file is made as it is sent (seeded pseudo-random bytes after a PDF
 * header), never stored anywhere but in the service. Runs in {@code ./mvnw verify}.
 */
@QuarkusTest
@TestProfile(LargeDocumentIT.LargeFiles.class)
class LargeDocumentIT {

    /** The service's limit raised above the file's size. */
    public static class LargeFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thidua.documents.max-size", "1G");
        }
    }

    @TestHTTPResource("/")
    URL base;

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

    @Test
    void aFileLargerThanTheHeapIsUploadedAndDownloadedByteForByte() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        long size = heap + 48L * 1024 * 1024;
        assertTrue(heap <= 300L * 1024 * 1024, "this test runs with a small heap (-Xmx256m), not " + heap);

        String cluster = Fixtures.cluster("BLOC");
        int year = Api.freshBlocYear();
        Fixtures.member(cluster, year, "38", "HEAD");
        Fixtures.member(cluster, year, "40", "MEMBER");
        long recommendation = Api.asProvince("40").body(Fixtures.recommendation(cluster, year, "40", "Tập thể Hồ sơ lớn", "40"))
                .post("/api/v1/award-recommendations").then().statusCode(201).extract().jsonPath().getLong("id");

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        HttpClient http = HttpClient.newHttpClient();
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
    }
}
