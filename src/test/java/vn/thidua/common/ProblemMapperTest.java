package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;

/** The one mapper, as a unit: faults of the service are 500s with an id, never blamed on the caller. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aFaultOfTheServiceIsAnInternalErrorWithAnErrorId() {
        Response response = mapper.unexpected(new IllegalStateException("history note of 2300 characters"), null);
        Problem problem = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertEquals("urn:thidua:problem:internal-error", problem.type());
        assertTrue(problem.errorId().matches("[0-9a-f-]{36}"), problem.errorId());
        assertTrue(problem.detail().contains(problem.errorId()));
        assertFalse(problem.detail().contains("history note"), "the detail shows nothing of the cause");
    }

    @Test
    void aValueTheDatabaseCannotTakeIsTheServicesFaultNotTheCallers() {
        SQLException tooLong = new SQLException("value too long for type character varying(2000)", "22001");
        Response response = mapper.unexpected(new DataException("could not execute statement", tooLong), null);
        assertEquals(500, response.getStatus());
    }

    @Test
    void aRefusalOnPurposeCarriesNoErrorId() {
        Response response = mapper.unexpected(ApiException.conflict("Already a member."), null);
        assertEquals(409, response.getStatus());
        assertNull(((Problem) response.getEntity()).errorId());
    }
}
