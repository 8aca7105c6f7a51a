-- Least privilege, re-applied after every migration (a Flyway callback, so new tables are covered too).
-- Migrations run as the owner of the schema (QUARKUS_FLYWAY_USERNAME); the service connects as its own
-- role (QUARKUS_DATASOURCE_USERNAME, the placeholder service_role), which reads and writes the business
-- tables, only inserts into and reads the histories (audit trail, change feed, workflow steps, replaced
-- indicator definitions), and owns nothing: it cannot
-- alter, disable triggers on, truncate or drop any table. When both are the same role (a single-role
-- set-up) there is nothing to grant.
DO $$
DECLARE
    service text := '${service_role}';
BEGIN
    IF service = current_user OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = service) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), service);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), service);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), service);
    -- Histories are appended to, never rewritten: the audit trail, the change feed, the workflows' steps and the
    -- indicator definitions that past periods are computed with.
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_event, change_event, report_step, award_recommendation_step, '
                   'indicator_revision, scorecard_step, covenant_step FROM %I', service);
    -- A document's version, once stored, is never rewritten (a replacement is a new version).
    EXECUTE format('REVOKE UPDATE ON dossier_document_version FROM %I', service);
    -- What a dossier must hold is the law's, written by migrations only.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON dossier_required_kind FROM %I', service);
    EXECUTE format('REVOKE ALL ON ${flyway:table} FROM %I', service);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), service);
END $$;
