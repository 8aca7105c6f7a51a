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
