package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures become 503 problems (retry later) rather than 500s (a fault of the service). */
class DatabaseUnavailableTest {

    @Test
    void aLostConnectionWrappedByHibernateIsUnavailability() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertTrue(ProblemMapper.databaseUnavailable(new PersistenceException("could not execute", lost)));
    }

    @Test
    void aServerShuttingDownOrStartingOrDemotedIsUnavailability() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "25006", "08001"}) {
            assertTrue(ProblemMapper.databaseUnavailable(new RuntimeException(new SQLException("x", state))), state);
        }
    }

    @Test
    void aCommitLostWithItsConnectionIsUnavailability() {
        // Narayana's RollbackException carries the driver's error as suppressed, and the transaction API wraps it.
        jakarta.transaction.RollbackException rolledBack = new jakarta.transaction.RollbackException("ARJUNA016053");
        javax.transaction.xa.XAException commit = new javax.transaction.xa.XAException("commit failed");
        commit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        rolledBack.addSuppressed(commit);
        assertTrue(ProblemMapper.databaseUnavailable(new IllegalStateException("commit failed", rolledBack)));
    }

    @Test
    void aCycleOfCausesEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.addSuppressed(second);
        assertFalse(ProblemMapper.databaseUnavailable(second));
    }

    @Test
    void anEmptyPoolIsUnavailability() {
        SQLException pool = new SQLException("Acquisition timeout while waiting for new connection");
        assertTrue(ProblemMapper.databaseUnavailable(new PersistenceException(pool)));
    }

    @Test
    void aRefusedConstraintOrASyntaxErrorIsNot() {
        assertFalse(ProblemMapper.databaseUnavailable(new PersistenceException(new SQLException("dup", "23505"))));
        assertFalse(ProblemMapper.databaseUnavailable(new PersistenceException(new SQLException("syntax", "42601"))));
        assertFalse(ProblemMapper.databaseUnavailable(new IllegalStateException("no database involved")));
    }
}
