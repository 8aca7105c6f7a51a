package vn.thidua.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.access.AccessPolicy.Officer;

/**
 * The units an officer acts for are kept between requests, and read again as soon as the provinces change, whoever
 * changed them: the database bumps their version (here a write straight to the table, as another instance's would be).
 */
@QuarkusTest
class OfficerUnitsTest {

    @Inject
    OfficerUnits officers;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theUnitsAreKeptUntilTheProvincesChangeThenReadAgain() throws Exception {
        Officer first = QuarkusTransaction.requiringNew().call(() -> officers.today("37").orElseThrow());
        Officer again = QuarkusTransaction.requiringNew().call(() -> officers.today("37").orElseThrow());
        assertSame(first, again, "kept while the provinces do not change");
        assertTrue(first.units().size() >= 3, "today's Ninh Bình and the units it took over: " + first.units());

        // A unit of 1900 that ended into today's Ninh Bình (a test's own code and years: no other test reads them).
        long added;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO province (code, name, full_name, type, "
                     + "valid_from, valid_to, successor_id) VALUES ('98', 'Thử Trước', 'Tỉnh Thử Trước', 'PROVINCE', "
                     + "DATE '1900-01-01', DATE '1900-12-31', ?) RETURNING id")) {
            insert.setLong(1, first.unit().id);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                added = row.getLong(1);
            }
        }

        Officer after = QuarkusTransaction.requiringNew().call(() -> officers.today("37").orElseThrow());
        Set<Long> expected = new HashSet<>(first.units());
        expected.add(added);
        assertEquals(expected, after.units(), "the change is seen at the next request");
    }

    @Test
    void aCodeThatNamesNoUnitTodayIsNotAnOfficer() {
        assertTrue(QuarkusTransaction.requiringNew().call(() -> officers.today("35")).isEmpty(),
                "Hà Nam (35) merged into Ninh Bình in 2025");
    }
}
