package vn.thidua.dossier;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the dossiers: THIDUA_DOCUMENTS_MAX_SIZE (default 20M per file), THIDUA_DOCUMENTS_STORE (postgres,
 * the default, or s3) and, for s3, THIDUA_DOCUMENTS_S3_* (README, "Documents in S3-compatible object storage").
 */
@ConfigMapping(prefix = "thidua.documents")
public interface DocumentsConfig {

    /** The largest file accepted; larger uploads are refused with 413 and leave nothing behind. */
    @WithDefault("20M")
    MemorySize maxSize();

    /** Where new uploads are stored; a version is always read from the store it was written to. */
    @WithDefault("postgres")
    Store store();

    S3 s3();

    /** Dev mode's demo data: Nam Định's 2023 flag nomination gets three generated PDFs ({@link DemoDossier}). */
    @WithDefault("false")
    boolean demo();

    enum Store { postgres, s3 }

    /** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, a provider's object storage). */
    interface S3 {
        /** The bucket, which must exist; required when the store is s3. */
        Optional<String> bucket();

        /** The service's URL for a store other than AWS (e.g. https://s3.hcm.example.vn); AWS's own when absent. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** Addresses the bucket in the path (endpoint/bucket/key), as most S3-compatible servers want. */
        @WithDefault("true")
        boolean pathStyle();

        /**
         * The access key; when absent, the AWS SDK's default chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,
         * a web identity token, an instance profile).
         */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** Uploads go up in parts of this size (at least 5M, the S3 minimum); one part buffer per upload in flight. */
        @WithDefault("8M")
        MemorySize partSize();

        /**
         * Temporary objects older than this (an upload that died between its bytes and its row) are swept; longer
         * than any upload takes, since S3 dates a multipart object from the start of its upload.
         */
        @WithDefault("6h")
        Duration sweepAfter();

        /** How often the sweep runs. */
        @WithDefault("15m")
        String sweepEvery();
    }
}
