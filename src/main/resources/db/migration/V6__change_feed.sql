-- The change feed (GET /api/v1/changes): one row per change to a report or an award recommendation,
-- written by triggers on those tables, so that no write path of the service (nor a script) can forget it.
--
-- Each row carries the id of the transaction that wrote it (txid). Readers take only rows whose
-- transaction is older than every transaction still running (txid < pg_snapshot_xmin of their
-- snapshot) and read them in (txid, id) order: a row that becomes visible later always sorts after
-- everything already read, so a consumer resuming after its last (txid, id) misses nothing and sees
-- nothing twice, however many instances write concurrently.
CREATE TABLE change_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid        xid8        NOT NULL DEFAULT pg_current_xact_id(),
    at          timestamptz NOT NULL DEFAULT now(),
    entity      varchar(30) NOT NULL CONSTRAINT change_event_entity_known
                            CHECK (entity IN ('report', 'award-recommendation')),
    entity_id   bigint      NOT NULL,
    -- create, update (PUT) or the workflow action that led to the new status.
    action      varchar(10) NOT NULL CONSTRAINT change_event_action_known CHECK (action IN (
                    'create', 'update', 'submit', 'return', 'accept', 'vote', 'forward', 'decide', 'withdraw')),
    cluster_id  bigint      NOT NULL,
    -- The report's province, or the recommendation's proposing province: whose draft it is.
    province_id bigint      NOT NULL,
    year        integer     NOT NULL,
    -- The status after the change.
    status      varchar(15) NOT NULL
);
-- The feed's read: a range scan in (txid, id) order from the consumer's cursor.
CREATE INDEX change_event_feed_idx ON change_event (txid, id);

-- A consumer's position must mean the same thing forever: events are never rewritten.
CREATE FUNCTION refuse_change_event_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'change events are never rewritten' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER change_event_no_update BEFORE UPDATE ON change_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change_event_update();

-- The action that led from one status to the other (old_status NULL: the row was inserted).
CREATE FUNCTION change_action(old_status varchar, new_status varchar) RETURNS varchar
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
             WHEN old_status IS NULL THEN 'create'
             WHEN old_status = new_status THEN 'update'
             ELSE CASE new_status
                    WHEN 'SUBMITTED' THEN 'submit'
                    WHEN 'RETURNED' THEN 'return'
                    WHEN 'ACCEPTED' THEN 'accept'
                    WHEN 'ENDORSED' THEN 'vote'
                    WHEN 'NOT_ENDORSED' THEN 'vote'
                    WHEN 'FORWARDED' THEN 'forward'
                    WHEN 'APPROVED' THEN 'decide'
                    WHEN 'REJECTED' THEN 'decide'
                    WHEN 'WITHDRAWN' THEN 'withdraw'
                    ELSE 'update'
                  END
           END
$$;

CREATE FUNCTION record_report_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status)
    VALUES ('report', NEW.id,
            change_action(CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status),
            NEW.cluster_id, NEW.province_id, NEW.year, NEW.status);
    RETURN NULL;
END $$;

CREATE FUNCTION record_award_recommendation_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status)
    VALUES ('award-recommendation', NEW.id,
            change_action(CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status),
            NEW.cluster_id, NEW.proposing_province_id, NEW.year, NEW.status);
    RETURN NULL;
END $$;

-- An UPDATE that changes nothing is no change.
CREATE TRIGGER report_change_created AFTER INSERT ON report
    FOR EACH ROW EXECUTE FUNCTION record_report_change();
CREATE TRIGGER report_change_updated AFTER UPDATE ON report
    FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION record_report_change();
CREATE TRIGGER award_recommendation_change_created AFTER INSERT ON award_recommendation
    FOR EACH ROW EXECUTE FUNCTION record_award_recommendation_change();
CREATE TRIGGER award_recommendation_change_updated AFTER UPDATE ON award_recommendation
    FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION record_award_recommendation_change();

-- Reports and recommendations written before the feed existed (a database migrated from V5) start the
-- feed as their creation, in the order they were made.
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, at)
SELECT 'report', id, 'create', cluster_id, province_id, year, status, created_at FROM report ORDER BY id;
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, at)
SELECT 'award-recommendation', id, 'create', cluster_id, proposing_province_id, year, status, created_at
  FROM award_recommendation ORDER BY id;
