package vn.thidua.dossier;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents are kept; the metadata is always in PostgreSQL. Writes and reads stream:
 * no file is ever held in memory whole.
 */
interface DocumentStore {

    /** The name stored with each version ({@code dossier_document_version.store}). */
    String name();

    /** Stores the bytes as they are read, in the current transaction; answers the reference to read them by. */
    String write(InputStream bytes) throws IOException;

    /** The stored bytes from {@code offset} on; the caller closes the stream, in the current transaction. */
    InputStream read(String ref, long offset) throws IOException;
}
