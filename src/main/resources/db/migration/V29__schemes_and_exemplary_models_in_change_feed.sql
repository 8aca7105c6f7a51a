-- The rest of the cluster's year in the change feed: scoring schemes (create, update, and freeze when scoring starts)
-- and exemplary models (create, update, delete). Both are read by every caller, so their events are visible to all
-- (submitted = true). A scheme is the whole cluster's (no province); an exemplary model belongs to no cluster (it is
-- the province's, held up nationwide), so its event names its province and no cluster.
ALTER TABLE change_event ALTER COLUMN cluster_id DROP NOT NULL;

ALTER TABLE change_event DROP CONSTRAINT change_event_entity_known;
ALTER TABLE change_event ADD CONSTRAINT change_event_entity_known CHECK (entity IN (
    'report', 'award-recommendation', 'scorecard', 'covenant', 'election', 'conference', 'scoring-scheme',
    'exemplary-model'));
ALTER TABLE change_event DROP CONSTRAINT change_event_action_known;
ALTER TABLE change_event ADD CONSTRAINT change_event_action_known CHECK (action IN (
    'create', 'update', 'submit', 'return', 'accept', 'vote', 'forward', 'decide', 'withdraw', 'review', 'confirm',
    'document', 'sign', 'amend', 'delete', 'freeze'));
ALTER TABLE change_event DROP CONSTRAINT change_event_province_of_work;
ALTER TABLE change_event ADD CONSTRAINT change_event_province_of_work
    CHECK (province_id IS NOT NULL OR entity IN ('covenant', 'election', 'scoring-scheme'));
ALTER TABLE change_event ADD CONSTRAINT change_event_cluster_of_work
    CHECK (cluster_id IS NOT NULL OR entity = 'exemplary-model');

CREATE FUNCTION record_scoring_scheme_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('scoring-scheme', NEW.id,
            CASE WHEN TG_OP = 'INSERT' THEN 'create'
                 WHEN OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL THEN 'freeze'
                 ELSE 'update' END,
            NEW.cluster_id, NULL, NEW.year, CASE WHEN NEW.frozen_at IS NULL THEN 'OPEN' ELSE 'FROZEN' END, true);
    RETURN NULL;
END $$;
CREATE TRIGGER scoring_scheme_change_created AFTER INSERT ON scoring_scheme
    FOR EACH ROW EXECUTE FUNCTION record_scoring_scheme_change();
-- A replacement sets updated_at (its items and tie rule are rewritten with it); the first scorecard sets frozen_at.
CREATE TRIGGER scoring_scheme_change_updated AFTER UPDATE ON scoring_scheme
    FOR EACH ROW WHEN ((OLD.updated_at, OLD.title, OLD.frozen_at) IS DISTINCT FROM (NEW.updated_at, NEW.title, NEW.frozen_at))
    EXECUTE FUNCTION record_scoring_scheme_change();

CREATE FUNCTION record_exemplary_model_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m exemplary_model := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('exemplary-model', m.id, lower(CASE WHEN TG_OP = 'INSERT' THEN 'create' ELSE TG_OP END),
            NULL, m.province_id, m.from_year, CASE WHEN TG_OP = 'DELETE' THEN 'DELETED' ELSE 'RECORDED' END, true);
    RETURN NULL;
END $$;
CREATE TRIGGER exemplary_model_change_created AFTER INSERT OR DELETE ON exemplary_model
    FOR EACH ROW EXECUTE FUNCTION record_exemplary_model_change();
CREATE TRIGGER exemplary_model_change_updated AFTER UPDATE ON exemplary_model
    FOR EACH ROW WHEN ((OLD.updated_at, OLD.name, OLD.kind, OLD.province_id, OLD.movement_id, OLD.from_year, OLD.to_year,
                        OLD.achievements)
                       IS DISTINCT FROM
                       (NEW.updated_at, NEW.name, NEW.kind, NEW.province_id, NEW.movement_id, NEW.from_year, NEW.to_year,
                        NEW.achievements))
    EXECUTE FUNCTION record_exemplary_model_change();

-- Schemes and models recorded before the feed carried them start it as their creation (and a scheme's freezing), in
-- the order they were made.
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted, at)
SELECT 'scoring-scheme', id, 'create', cluster_id, NULL, year, 'OPEN', true, created_at FROM scoring_scheme ORDER BY id;
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted, at)
SELECT 'scoring-scheme', id, 'freeze', cluster_id, NULL, year, 'FROZEN', true, frozen_at
  FROM scoring_scheme WHERE frozen_at IS NOT NULL ORDER BY id;
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted, at)
SELECT 'exemplary-model', id, 'create', NULL, province_id, from_year, 'RECORDED', true, created_at
  FROM exemplary_model ORDER BY id;
