package vn.thidua.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * Documents as PostgreSQL large objects, written and read in pieces through the transaction's own
 * connection. Large objects are transactional: an upload that fails (too large, refused, interrupted)
 * rolls back with its row and leaves nothing; a deleted version's object is unlinked by a trigger in
 * the same transaction (V15__dossiers.sql).
 */
@ApplicationScoped
class PostgresDocumentStore implements DocumentStore {

    static final String NAME = "postgres";

    private final EntityManager em;

    PostgresDocumentStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public String write(InputStream bytes) throws IOException {
        LargeObjectManager objects = objects();
        try {
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try (OutputStream out = object.getOutputStream()) {
                bytes.transferTo(out);
            }
            return Long.toString(oid);
        } catch (SQLException e) {
            throw new IOException("large object not written", e);
        }
    }

    @Override
    public InputStream read(String ref, long offset, long length) throws IOException {
        try {
            LargeObject object = objects().open(Long.parseLong(ref), LargeObjectManager.READ);
            object.seek64(offset, LargeObject.SEEK_SET);
            return object.getInputStream();
        } catch (SQLException e) {
            throw new IOException("large object not readable", e);
        }
    }

    private LargeObjectManager objects() {
        return em.unwrap(Session.class).doReturningWork(this::objects);
    }

    private LargeObjectManager objects(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }
}
