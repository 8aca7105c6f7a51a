-- Read-side authorization: work that was never submitted (a draft, or a recommendation withdrawn
-- before it was ever submitted) is seen only by its own province. Whether an item was ever submitted
-- is a fact stored with it (submitted_at, the first submission), kept by the database whatever the
-- write path, never derived from the current status.

ALTER TABLE report ADD COLUMN submitted_at timestamptz;
ALTER TABLE award_recommendation ADD COLUMN submitted_at timestamptz;

UPDATE report r SET submitted_at = coalesce(
        (SELECT min(a.at) FROM report_action a WHERE a.report_id = r.id AND a.action = 'SUBMIT'), r.updated_at)
 WHERE r.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM report_action a WHERE a.report_id = r.id AND a.action = 'SUBMIT');
UPDATE award_recommendation r SET submitted_at = coalesce(
        (SELECT min(a.at) FROM award_recommendation_action a WHERE a.recommendation_id = r.id AND a.action = 'SUBMIT'),
        r.updated_at)
 WHERE r.status NOT IN ('DRAFT', 'WITHDRAWN')
    OR EXISTS (SELECT 1 FROM award_recommendation_action a WHERE a.recommendation_id = r.id AND a.action = 'SUBMIT');

-- The first submission is recorded once and never forgotten: a status past DRAFT sets it, nothing clears it.
CREATE FUNCTION remember_first_submission() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.submitted_at IS NOT NULL THEN
        NEW.submitted_at := OLD.submitted_at;
    ELSIF NEW.submitted_at IS NULL AND NEW.status NOT IN ('DRAFT', 'WITHDRAWN') THEN
        NEW.submitted_at := now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER report_first_submission BEFORE INSERT OR UPDATE ON report
    FOR EACH ROW EXECUTE FUNCTION remember_first_submission();
CREATE TRIGGER award_recommendation_first_submission BEFORE INSERT OR UPDATE ON award_recommendation
    FOR EACH ROW EXECUTE FUNCTION remember_first_submission();
ALTER TABLE report ADD CONSTRAINT report_submitted_when_past_draft
    CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL);
ALTER TABLE award_recommendation ADD CONSTRAINT award_recommendation_submitted_when_past_draft
    CHECK (status IN ('DRAFT', 'WITHDRAWN') OR submitted_at IS NOT NULL);

-- The same nominee once per award and year holds among submitted recommendations only: a draft that
-- other provinces cannot see must not block them. Checked when a recommendation is submitted (the
-- first submission sets submitted_at), race-free by this index.
DROP INDEX award_recommendation_nominee_once;
CREATE UNIQUE INDEX award_recommendation_nominee_once ON award_recommendation
    (nominee_name_folded, nominee_province_id, award_type_id, year)
    WHERE submitted_at IS NOT NULL AND status <> 'WITHDRAWN';

-- Statistics for a province officer add "submitted, or proposed by my province": both columns in the
-- index keep the counts index-only.
DROP INDEX award_recommendation_statistics_idx;
CREATE INDEX award_recommendation_statistics_idx ON award_recommendation (year, cluster_id, status)
    INCLUDE (award_type_id, kind, nominee_province_id, nominee_kind, direct_worker, proposing_province_id, submitted_at);

-- The change feed shows an event to other provinces only if the item had been submitted by then.
ALTER TABLE change_event ADD COLUMN submitted boolean NOT NULL DEFAULT false;
ALTER TABLE change_event DISABLE TRIGGER change_event_no_update;
UPDATE change_event e SET submitted = true
  FROM report r WHERE e.entity = 'report' AND r.id = e.entity_id AND e.status <> 'DRAFT';
UPDATE change_event e SET submitted = true
  FROM award_recommendation r WHERE e.entity = 'award-recommendation' AND r.id = e.entity_id
   AND r.submitted_at IS NOT NULL AND e.status <> 'DRAFT' AND (e.status <> 'WITHDRAWN' OR e.at >= r.submitted_at);
ALTER TABLE change_event ENABLE TRIGGER change_event_no_update;

CREATE OR REPLACE FUNCTION record_report_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('report', NEW.id,
            change_action(CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status),
            NEW.cluster_id, NEW.province_id, NEW.year, NEW.status, NEW.submitted_at IS NOT NULL);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION record_award_recommendation_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('award-recommendation', NEW.id,
            change_action(CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status),
            NEW.cluster_id, NEW.proposing_province_id, NEW.year, NEW.status, NEW.submitted_at IS NOT NULL);
    RETURN NULL;
END $$;

-- A vote's history note is the head's note (up to 2,000 characters) followed by the tally the service
-- writes (at most 200): the column holds both.
ALTER TABLE award_recommendation_action ALTER COLUMN note TYPE varchar(2200);
