package vn.thidua.dossier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Documents as objects of an S3-compatible bucket (THIDUA_DOCUMENTS_STORE=s3), through the AWS SDK v2.
 *
 * <p>An upload streams into {@code tmp/<uuid>}: in one PUT when it is smaller than a part, else as a multipart
 * upload of {@code part-size} parts (one part in memory at a time), aborted if the body breaks off. The row that
 * names the uuid is committed after that, in a transaction of its own; then the object is promoted (copied to
 * {@code documents/<uuid>}, the temporary one deleted). An object whose row never came is discarded; the
 * {@link DocumentSweep} finishes what a crash left: it promotes a temporary object whose row exists and removes
 * one without a row, or a final object whose row was deleted. Reads are ranged GETs of the final object, or of
 * the temporary one while the promotion has not happened yet.
 */
@ApplicationScoped
class S3DocumentStore implements DocumentStore {

    static final String NAME = "s3";
    static final String TEMPORARY = "tmp/";
    static final String FINAL = "documents/";
    private static final Logger LOG = Logger.getLogger(S3DocumentStore.class);
    private static final long MIN_PART = 5L * 1024 * 1024;

    private final DocumentsConfig.S3 config;
    private volatile S3Client client;

    S3DocumentStore(DocumentsConfig config) {
        this.config = config.s3();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public String write(InputStream bytes) throws IOException {
        String ref = UUID.randomUUID().toString();
        String key = TEMPORARY + ref;
        int partSize = (int) Math.max(MIN_PART, Math.min(config.partSize().asLongValue(), 64L * 1024 * 1024));
        byte[] part = new byte[partSize];
        int n = bytes.readNBytes(part, 0, partSize);
        if (n < partSize) {
            client().putObject(b -> b.bucket(bucket()).key(key).contentType("application/octet-stream"),
                    RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, n), n));
            return ref;
        }
        String upload = client().createMultipartUpload(b -> b.bucket(bucket()).key(key)
                .contentType("application/octet-stream")).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (int number = 1; n > 0; number++, n = bytes.readNBytes(part, 0, partSize)) {
                int partNumber = number;
                long length = n;
                String etag = client().uploadPart(b -> b.bucket(bucket()).key(key).uploadId(upload).partNumber(partNumber)
                                .contentLength(length),
                        RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, n), n)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            client().completeMultipartUpload(b -> b.bucket(bucket()).key(key).uploadId(upload)
                    .multipartUpload(m -> m.parts(parts)));
            return ref;
        } catch (IOException | RuntimeException e) {
            try {
                client().abortMultipartUpload(b -> b.bucket(bucket()).key(key).uploadId(upload));
            } catch (SdkException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    @Override
    public InputStream read(String ref, long offset, long length) throws IOException {
        String range = offset == 0 && length < 0 ? null
                : "bytes=" + offset + "-" + (length < 0 ? "" : Long.toString(offset + length - 1));
        try {
            return client().getObject(b -> b.bucket(bucket()).key(FINAL + ref).range(range));
        } catch (NoSuchKeyException notYetPromoted) {
            try {
                return client().getObject(b -> b.bucket(bucket()).key(TEMPORARY + ref).range(range));
            } catch (NoSuchKeyException e) {
                throw new IOException("no object for document version " + ref, e);
            }
        } catch (SdkException e) {
            throw new IOException("object storage unreadable", e);
        }
    }

    @Override
    public void promote(String ref) {
        try {
            client().copyObject(b -> b.sourceBucket(bucket()).sourceKey(TEMPORARY + ref)
                    .destinationBucket(bucket()).destinationKey(FINAL + ref));
            client().deleteObject(b -> b.bucket(bucket()).key(TEMPORARY + ref));
        } catch (SdkException e) {
            LOG.warnf("Document object %s not promoted yet (%s); the sweep will promote it", ref, e.getMessage());
        }
    }

    @Override
    public void discard(String ref) {
        delete(TEMPORARY + ref);
    }

    @Override
    public void remove(String ref) {
        delete(FINAL + ref);
        delete(TEMPORARY + ref);
    }

    /** The uuids of the objects under {@code prefix} last modified before {@code before}, a page of keys at a time. */
    void listOlderThan(String prefix, Instant before, Consumer<List<String>> page) {
        for (var response : client().listObjectsV2Paginator(b -> b.bucket(bucket()).prefix(prefix))) {
            List<String> refs = response.contents().stream()
                    .filter(o -> o.lastModified().isBefore(before))
                    .map(S3Object::key)
                    .map(key -> key.substring(prefix.length()))
                    .toList();
            if (!refs.isEmpty()) {
                page.accept(refs);
            }
        }
    }

    /** Multipart uploads begun before {@code before} and never completed nor aborted (a killed instance's). */
    int abortUnfinishedUploads(Instant before) {
        int aborted = 0;
        for (var response : client().listMultipartUploadsPaginator(b -> b.bucket(bucket()).prefix(TEMPORARY))) {
            for (var upload : response.uploads()) {
                if (upload.initiated() != null && upload.initiated().isBefore(before)) {
                    client().abortMultipartUpload(b -> b.bucket(bucket()).key(upload.key()).uploadId(upload.uploadId()));
                    aborted++;
                }
            }
        }
        return aborted;
    }

    private void delete(String key) {
        try {
            client().deleteObject(b -> b.bucket(bucket()).key(key));
        } catch (SdkException e) {
            LOG.warnf("Document object %s not deleted (%s); the sweep will remove it", key, e.getMessage());
        }
    }

    private String bucket() {
        return config.bucket().orElseThrow(() -> new IllegalStateException(
                "THIDUA_DOCUMENTS_S3_BUCKET must name the bucket when THIDUA_DOCUMENTS_STORE=s3"));
    }

    /** The client, made on first use: a service that keeps its documents in PostgreSQL never makes one. */
    S3Client client() {
        S3Client made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                made = client;
            }
        }
        return made;
    }

    private S3Client build() {
        AwsCredentialsProvider credentials = config.accessKeyId().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(),
                        config.secretAccessKey().orElseThrow(() -> new IllegalStateException(
                                "THIDUA_DOCUMENTS_S3_SECRET_ACCESS_KEY must go with THIDUA_DOCUMENTS_S3_ACCESS_KEY_ID"))))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(config.pathStyle())
                // The service hashes every file itself (SHA-256); the SDK's own CRC trailers are not understood by
                // every S3-compatible server, so they are sent only where S3 requires them.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
