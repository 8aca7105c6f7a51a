-- The cluster's year in the change feed: covenants (create, update, sign, amend), elections (create) and conferences
-- (create, update, delete), beside reports, recommendations and scorecards. They are the cluster's business, read by
-- every caller, so their events are visible to all (submitted = true). A covenant or an election is no province's
-- work: its event names no province (province_id NULL); a conference's names its host.
ALTER TABLE change_event ALTER COLUMN province_id DROP NOT NULL;

ALTER TABLE change_event DROP CONSTRAINT change_event_entity_known;
ALTER TABLE change_event ADD CONSTRAINT change_event_entity_known
    CHECK (entity IN ('report', 'award-recommendation', 'scorecard', 'covenant', 'election', 'conference'));
-- Every action of V15 ('create' ... 'document'), and sign, amend (covenants) and delete (conferences).
ALTER TABLE change_event DROP CONSTRAINT change_event_action_known;
ALTER TABLE change_event ADD CONSTRAINT change_event_action_known CHECK (action IN (
    'create', 'update', 'submit', 'return', 'accept', 'vote', 'forward', 'decide', 'withdraw', 'review', 'confirm',
    'document', 'sign', 'amend', 'delete'));
-- Only the items of a province carry one.
ALTER TABLE change_event ADD CONSTRAINT change_event_province_of_work
    CHECK (province_id IS NOT NULL OR entity IN ('covenant', 'election'));

CREATE FUNCTION record_covenant_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('covenant', NEW.id,
            CASE WHEN TG_OP = 'INSERT' THEN 'create'
                 WHEN OLD.status = 'DRAFT' AND NEW.status = 'SIGNED' THEN 'sign'
                 WHEN NEW.revision > OLD.revision THEN 'amend'
                 ELSE 'update' END,
            NEW.cluster_id, NULL, NEW.year, NEW.status, true);
    RETURN NULL;
END $$;
CREATE TRIGGER covenant_change_created AFTER INSERT ON covenant
    FOR EACH ROW EXECUTE FUNCTION record_covenant_change();
-- Every write of the service sets updated_at (or signs, or amends); an UPDATE that only bumps the version (Hibernate
-- does so when the signatories are written, just before the signing) is no change of its own.
CREATE TRIGGER covenant_change_updated AFTER UPDATE ON covenant
    FOR EACH ROW WHEN ((OLD.updated_at, OLD.status, OLD.revision, OLD.title, OLD.signed_on, OLD.place, OLD.host_province_id)
                       IS DISTINCT FROM
                       (NEW.updated_at, NEW.status, NEW.revision, NEW.title, NEW.signed_on, NEW.place, NEW.host_province_id))
    EXECUTE FUNCTION record_covenant_change();

CREATE FUNCTION record_election_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('election', NEW.id, CASE WHEN TG_OP = 'INSERT' THEN 'create' ELSE 'update' END,
            NEW.cluster_id, NULL, NEW.year, 'ELECTED', true);
    RETURN NULL;
END $$;
CREATE TRIGGER election_change_created AFTER INSERT ON election
    FOR EACH ROW EXECUTE FUNCTION record_election_change();
CREATE TRIGGER election_change_updated AFTER UPDATE ON election
    FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION record_election_change();

CREATE FUNCTION record_conference_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c conference := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
    VALUES ('conference', c.id, lower(CASE WHEN TG_OP = 'INSERT' THEN 'create' ELSE TG_OP END),
            c.cluster_id, c.host_province_id, c.year, CASE WHEN TG_OP = 'DELETE' THEN 'DELETED' ELSE 'RECORDED' END, true);
    RETURN NULL;
END $$;
CREATE TRIGGER conference_change_created AFTER INSERT OR DELETE ON conference
    FOR EACH ROW EXECUTE FUNCTION record_conference_change();
CREATE TRIGGER conference_change_updated AFTER UPDATE ON conference
    FOR EACH ROW WHEN ((OLD.updated_at, OLD.year, OLD.kind, OLD.title, OLD.starts_on, OLD.ends_on, OLD.place,
                        OLD.host_province_id)
                       IS DISTINCT FROM
                       (NEW.updated_at, NEW.year, NEW.kind, NEW.title, NEW.starts_on, NEW.ends_on, NEW.place,
                        NEW.host_province_id))
    EXECUTE FUNCTION record_conference_change();

-- Covenants and elections recorded before the feed carried them start it as their creation, in the order they were made.
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted, at)
SELECT 'covenant', id, 'create', cluster_id, NULL, year, status, true, created_at FROM covenant ORDER BY id;
INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted, at)
SELECT 'election', id, 'create', cluster_id, NULL, year, 'ELECTED', true, created_at FROM election ORDER BY id;
