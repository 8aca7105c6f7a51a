package vn.thidua.dossier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.S3MockServer;

/**
 * Every test of {@link DossierTest} again with the documents in a real S3-compatible server (S3Mock, started by
 * {@link S3MockServer}): upload, download, ranges, 416, replacement, deletion, integrity, and that a refused or
 * broken-off upload leaves no object behind (counted in the bucket, with the multipart uploads in progress). Then
 * what only this store has: the promotion of a temporary object after its row, the sweep that finishes what a
 * crash left, and an upload that holds no database connection while its bytes stream.
 */
@QuarkusTest
@TestProfile(S3DossierTest.S3Store.class)
class S3DossierTest extends DossierTest {

    /** The S3 store, on an S3Mock of its own (ports 18720-18721); the sweep runs only when a test calls it. */
    public static class S3Store implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thidua.documents.s3.sweep-every", "24h");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3MockServer.class, Map.of("port", "18720")));
        }
    }

    @Inject
    S3DocumentStore store;

    @Inject
    DocumentSweep sweep;

    private S3Client s3() {
        return store.client();
    }

    private List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        s3().listObjectsV2Paginator(b -> b.bucket(S3MockServer.BUCKET).prefix(prefix))
                .forEach(page -> page.contents().forEach(o -> keys.add(o.key())));
        return keys;
    }

    private boolean exists(String key) {
        try {
            s3().headObject(b -> b.bucket(S3MockServer.BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private String ref(long documentId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT store, storage_ref FROM dossier_document_version WHERE document_id = "
                     + documentId + " ORDER BY number DESC LIMIT 1")) {
            rs.next();
            assertEquals("s3", rs.getString(1));
            return rs.getString(2);
        }
    }

    /** Whether every object in the bucket was last modified before {@code instant}. */
    private boolean allObjectsStoredBefore(Instant instant) {
        return s3().listObjectsV2Paginator(b -> b.bucket(S3MockServer.BUCKET)).contents().stream()
                .allMatch(o -> o.lastModified().isBefore(instant));
    }

    /** Versions in the database; objects in the bucket and multipart uploads begun there. */
    @Override
    protected long[] stored() throws Exception {
        long[] versionsAndLargeObjects = super.stored();
        long uploads = s3().listMultipartUploads(b -> b.bucket(S3MockServer.BUCKET)).uploads().size();
        return new long[] {versionsAndLargeObjects[0], keys("").size(), uploads, versionsAndLargeObjects[1]};
    }

    /** Rewrites the document's object with one byte changed. */
    @Override
    protected void damage(long documentId) throws Exception {
        String key = S3DocumentStore.FINAL + ref(documentId);
        byte[] bytes = s3().getObjectAsBytes(b -> b.bucket(S3MockServer.BUCKET).key(key)).asByteArray();
        bytes[1] = 'X';
        s3().putObject(b -> b.bucket(S3MockServer.BUCKET).key(key), RequestBody.fromBytes(bytes));
    }

    @Test
    void anUploadedFileIsPromotedFromItsTemporaryNameOnceItsRowIsCommitted() throws Exception {
        long document = Fixtures.attach(draft(), "OTHER");
        String ref = ref(document);
        assertTrue(exists(S3DocumentStore.FINAL + ref), "the object has its final name");
        assertFalse(exists(S3DocumentStore.TEMPORARY + ref), "no temporary object is left");
    }

    @Test
    void theSweepPromotesWhatACrashLeftUnpromotedAndRemovesObjectsWithoutARow() throws Exception {
        long recommendation = draft();
        long document = Fixtures.attach(recommendation, "OTHER");
        byte[] bytes = Fixtures.pdf("OTHER " + recommendation);
        String ref = ref(document);
        // The instance died after committing the row and before the promotion: the object has its temporary name only.
        s3().copyObject(b -> b.sourceBucket(S3MockServer.BUCKET).sourceKey(S3DocumentStore.FINAL + ref)
                .destinationBucket(S3MockServer.BUCKET).destinationKey(S3DocumentStore.TEMPORARY + ref));
        s3().deleteObject(b -> b.bucket(S3MockServer.BUCKET).key(S3DocumentStore.FINAL + ref));
        // Another died after storing a file and before its row; a third deleted a row and could not delete its object.
        String unrecorded = S3DocumentStore.TEMPORARY + UUID.randomUUID();
        String deleted = S3DocumentStore.FINAL + UUID.randomUUID();
        s3().putObject(b -> b.bucket(S3MockServer.BUCKET).key(unrecorded), RequestBody.fromBytes(Fixtures.pdf("mồ côi")));
        s3().putObject(b -> b.bucket(S3MockServer.BUCKET).key(deleted), RequestBody.fromBytes(Fixtures.pdf("đã xoá")));

        // Still readable before the sweep, from its temporary name.
        assertArrayEquals(bytes, Api.as("viewer").get("/api/v1/documents/{id}/content", document)
                .then().statusCode(200).extract().asByteArray());

        // Young objects may belong to uploads in flight: left alone.
        assertEquals(new DocumentSweep.Swept(0, 0, 0), sweep.sweep(Duration.ofHours(1)));
        assertTrue(exists(unrecorded) && exists(deleted) && exists(S3DocumentStore.TEMPORARY + ref));

        // An age of zero takes what was stored before the sweep's now: wait until the bucket's objects are in the past.
        await().atMost(WAIT).until(() -> allObjectsStoredBefore(Instant.now()));
        DocumentSweep.Swept swept = sweep.sweep(Duration.ZERO);
        assertEquals(1, swept.promoted(), swept.toString());
        assertEquals(2, swept.removed(), swept.toString());
        assertTrue(exists(S3DocumentStore.FINAL + ref), "the recorded object was promoted");
        assertFalse(exists(S3DocumentStore.TEMPORARY + ref), "and its temporary name is gone");
        assertFalse(exists(unrecorded), "an object whose row never came is removed");
        assertFalse(exists(deleted), "an object whose row was deleted is removed");
        assertArrayEquals(bytes, Api.as("viewer").get("/api/v1/documents/{id}/content", document)
                .then().statusCode(200).extract().asByteArray());
        assertEquals(List.of(), keys(S3DocumentStore.TEMPORARY));
    }

    @Test
    void anUploadHoldsNoDatabaseConnectionWhileItsBytesStream() throws Exception {
        long recommendation = draft();
        byte[] head = Fixtures.pdf("Biên bản họp cụm thi đua");
        byte[] rest = new byte[200_000];
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/award-recommendations/" + recommendation + "/documents?kind=VOTE_MINUTES&title=Bien%20ban"
                    + "&fileName=bien-ban.pdf HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.token("province", "40")
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (head.length + rest.length)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write(rest, 0, 100_000);
            out.flush();
            // The service has the first part of the file and waits for the rest: no connection of its pool may be
            // in a transaction (PostgreSQL's store would hold one, "idle in transaction", for the whole transfer).
            await().atMost(WAIT).until(DossierTest::streamingIntoTheStore);
            assertEquals(0, connectionsInTransaction(), "a database connection is held while the body streams");
            assertTrue(streamingIntoTheStore(), "the body was still streaming when the connections were counted");
            out.write(rest, 100_000, rest.length - 100_000);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        }
    }

    /** Other sessions of the service's database that are in a transaction or running a statement. */
    private long connectionsInTransaction() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
