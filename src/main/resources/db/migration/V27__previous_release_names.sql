-- Expand and contract (deploy/README.md, "Upgrades"): V9 renamed the workflow histories (report_action became
-- report_step with to_status and actor_province_code; award_recommendation_action became award_recommendation_step),
-- which the previous release's jar still reads and writes under the old names while a rolling update runs both,
-- or after a rollback. These views give it the old names back; PostgreSQL writes through them (single-table views
-- are updatable), so its steps land in the new tables. Contract: drop them in the release after this one.
CREATE VIEW report_action AS
    SELECT id, report_id, action, to_status AS status_after, actor_subject, actor_role,
           actor_province_code AS actor_province, at, note
      FROM report_step;

CREATE VIEW award_recommendation_action AS
    SELECT id, recommendation_id, action, from_status, to_status, actor_subject, actor_role, actor_province_code, at,
           note
      FROM award_recommendation_step;

-- The previous release does not write a report step's from_status: the step before it in the report's history says.
CREATE FUNCTION report_step_from_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.from_status IS NULL THEN
        NEW.from_status := (SELECT s.to_status FROM report_step s WHERE s.report_id = NEW.report_id
                             ORDER BY s.at DESC, s.id DESC LIMIT 1);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER report_step_from_status BEFORE INSERT ON report_step FOR EACH ROW
    WHEN (NEW.from_status IS NULL) EXECUTE FUNCTION report_step_from_status();
