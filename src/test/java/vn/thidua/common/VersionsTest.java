package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If-Match by the strong comparison (RFC 9110 §13.1.1), as a unit. */
class VersionsTest {

    @Test
    void theCurrentStrongTagOrAStarMatches() {
        assertTrue(Versions.matches("\"3\"", 3));
        assertTrue(Versions.matches("\"1\", \"3\"", 3));
        assertTrue(Versions.matches("*", 3));
    }

    @Test
    void aWeakOrOtherOrUnquotedTagDoesNotMatch() {
        assertFalse(Versions.matches("W/\"3\"", 3), "a weak validator never satisfies If-Match");
        assertFalse(Versions.matches("\"2\"", 3));
        assertFalse(Versions.matches("3", 3), "an entity tag is quoted");
        assertFalse(Versions.matches("\"33\"", 3));
    }

    @Test
    void aMissingHeaderIsRequiredAndAStaleOneFails() {
        assertEquals(ApiException.Kind.PRECONDITION_REQUIRED,
                assertThrows(ApiException.class, () -> Versions.requireMatch(" ", 3)).kind());
        assertEquals(ApiException.Kind.PRECONDITION_FAILED,
                assertThrows(ApiException.class, () -> Versions.requireMatch("W/\"3\"", 3)).kind());
    }
}
