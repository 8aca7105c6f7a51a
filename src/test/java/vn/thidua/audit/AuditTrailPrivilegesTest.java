package vn.thidua.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

/**
 * Least privilege in the database: the role the service connects as (the application's own data source)
 * owns nothing and may only add to the audit trail and the change feed. Every route to change or remove
 * their rows is refused by PostgreSQL itself, whatever the service's code does.
 */
@QuarkusTest
class AuditTrailPrivilegesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServicesRoleCannotChangeOrDeleteTheAuditTrailByAnyRoute() throws SQLException {
        Api.as("admin").body(Map.of("code", Api.freshClusterCode("AUD"), "name", "Cụm thi đua kiểm tra nhật ký",
                "kind", "BLOC")).post("/api/v1/clusters").then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            String role = single(statement, "SELECT current_user");
            assertNotEquals(single(statement, "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'"), role,
                    "the service must not connect as the owner of the audit trail");
            assertTrue(Long.parseLong(single(statement, "SELECT count(*) FROM audit_event")) > 0);

            for (String[] tableAndTrigger : new String[][] {{"audit_event", "audit_event_no_update_or_delete"},
                    {"change_event", "change_event_no_update"}}) {
                String table = tableAndTrigger[0];
                for (String sql : List.of(
                        "UPDATE " + table + " SET at = at",
                        "DELETE FROM " + table,
                        "TRUNCATE " + table,
                        "ALTER TABLE " + table + " DISABLE TRIGGER USER",
                        "ALTER TABLE " + table + " DISABLE TRIGGER ALL",
                        "ALTER TABLE " + table + " RENAME TO " + table + "_old",
                        "DROP TABLE " + table,
                        "DROP TRIGGER " + tableAndTrigger[1] + " ON " + table,
                        "CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$")) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                    assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
                }
            }
        }
    }

    @Test
    void theServicesRoleCannotRewriteTheOtherHistories() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String[] tableAndColumn : new String[][] {{"report_step", "at"}, {"award_recommendation_step", "at"},
                    {"indicator_revision", "valid_until"}, {"scorecard_step", "at"}, {"covenant_step", "at"}}) {
                String table = tableAndColumn[0];
                String column = tableAndColumn[1];
                for (String sql : List.of("UPDATE " + table + " SET " + column + " = " + column,
                        "DELETE FROM " + table, "TRUNCATE " + table,
                        "DROP TABLE " + table)) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                    assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
                }
                assertTrue(Long.parseLong(single(statement, "SELECT count(*) FROM " + table)) >= 0, "reads " + table);
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
