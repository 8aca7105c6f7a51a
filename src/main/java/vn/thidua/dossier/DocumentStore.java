package vn.thidua.dossier;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents are kept; the metadata is always in PostgreSQL. Writes and reads stream:
 * no file is ever held in memory whole.
 *
 * <p>A transactional store (PostgreSQL large objects) writes within the transaction of the version's row, and
 * a rollback takes the bytes with it. A store outside the database (S3) writes before the row's transaction,
 * under a temporary name; once the row is committed the object is promoted to its final name; an object whose
 * row never came is discarded, at once or by the sweep ({@link S3DocumentStore}).
 */
interface DocumentStore {

    /** The name stored with each version ({@code dossier_document_version.store}). */
    String name();

    /** Whether bytes are written in the caller's transaction (and so hold its database connection while they stream). */
    boolean transactional();

    /** Stores the bytes as they are read; answers the reference to read them by. */
    String write(InputStream bytes) throws IOException;

    /**
     * {@code length} stored bytes from {@code offset} on ({@code length} -1: to the end); the caller closes the
     * stream. A transactional store reads in the current transaction.
     */
    InputStream read(String ref, long offset, long length) throws IOException;

    /** After the row naming {@code ref} was committed: makes the written bytes final. */
    default void promote(String ref) {
    }

    /** After the row naming {@code ref} was refused or rolled back: removes the written bytes. */
    default void discard(String ref) {
    }

    /** After the deletion of the row naming {@code ref} was committed: removes the stored bytes. */
    default void remove(String ref) {
    }
}
