package vn.thidua.dossier;

import jakarta.enterprise.context.ApplicationScoped;

/** The store new uploads go to (THIDUA_DOCUMENTS_STORE), and the one each stored version was written to. */
@ApplicationScoped
class DocumentStores {

    private final DocumentsConfig config;
    private final PostgresDocumentStore postgres;
    private final S3DocumentStore s3;

    DocumentStores(DocumentsConfig config, PostgresDocumentStore postgres, S3DocumentStore s3) {
        this.config = config;
        this.postgres = postgres;
        this.s3 = s3;
    }

    DocumentStore current() {
        return config.store() == DocumentsConfig.Store.s3 ? s3 : postgres;
    }

    DocumentStore named(String name) {
        return S3DocumentStore.NAME.equals(name) ? s3 : postgres;
    }

    S3DocumentStore s3() {
        return s3;
    }

    /** Whether S3 is in use: uploads go there (the sweep runs only then). */
    boolean s3InUse() {
        return config.store() == DocumentsConfig.Store.s3;
    }
}
