-- A conference's documents (its minutes, the reports presented, the photographs of the field visit...): the third owner
-- of a dossier. A conference with documents is not deleted (the service refuses, 409, under the conference's row lock).
ALTER TABLE dossier_document ADD COLUMN conference_id bigint CONSTRAINT dossier_document_conference_fk REFERENCES conference (id);
ALTER TABLE dossier_document DROP CONSTRAINT dossier_document_one_owner;
ALTER TABLE dossier_document ADD CONSTRAINT dossier_document_one_owner
    CHECK (num_nonnulls(award_recommendation_id, report_id, conference_id) = 1);
CREATE INDEX dossier_document_conference_idx ON dossier_document (conference_id) WHERE conference_id IS NOT NULL;

-- Adding, replacing or deleting a conference's document is a change of the conference (action 'document'), seen by all.
CREATE OR REPLACE FUNCTION record_dossier_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc dossier_document := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    IF doc.award_recommendation_id IS NOT NULL THEN
        INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
        SELECT 'award-recommendation', r.id, 'document', r.cluster_id, r.proposing_province_id, r.year, r.status,
               r.submitted_at IS NOT NULL
          FROM award_recommendation r WHERE r.id = doc.award_recommendation_id;
    ELSIF doc.report_id IS NOT NULL THEN
        INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
        SELECT 'report', r.id, 'document', r.cluster_id, r.province_id, r.year, r.status, r.submitted_at IS NOT NULL
          FROM report r WHERE r.id = doc.report_id;
    ELSE
        INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
        SELECT 'conference', c.id, 'document', c.cluster_id, c.host_province_id, c.year, 'RECORDED', true
          FROM conference c WHERE c.id = doc.conference_id;
    END IF;
    RETURN NULL;
END $$;
