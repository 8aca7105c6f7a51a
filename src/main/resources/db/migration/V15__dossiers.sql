-- Dossiers (hồ sơ): the documents of an award recommendation or a report. A document has a kind and a
-- title and one or more versions (a replacement adds a version; earlier ones are kept). The metadata
-- lives here whatever the store; the bytes live in a PostgreSQL large object (store 'postgres', the
-- default) or an object of S3-compatible storage (store 's3'), named by storage_ref.
--
-- The owner is one of several nullable foreign keys, exactly one set: a conference becomes one more
-- column and one more term of the check.
CREATE TABLE dossier_document (
    id                       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    award_recommendation_id  bigint       REFERENCES award_recommendation (id),
    report_id                bigint       REFERENCES report (id),
    kind                     varchar(25)  NOT NULL CONSTRAINT dossier_document_kind_known CHECK (kind IN (
                                 'PROPOSAL_LETTER', 'ACHIEVEMENTS_REPORT', 'VOTE_MINUTES', 'CERTIFICATION', 'OTHER')),
    title                    varchar(300) NOT NULL CONSTRAINT dossier_document_title_not_blank CHECK (btrim(title) <> ''),
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    CONSTRAINT dossier_document_one_owner CHECK (num_nonnulls(award_recommendation_id, report_id) = 1)
);
CREATE INDEX dossier_document_recommendation_idx ON dossier_document (award_recommendation_id, kind)
    WHERE award_recommendation_id IS NOT NULL;
CREATE INDEX dossier_document_report_idx ON dossier_document (report_id) WHERE report_id IS NOT NULL;

CREATE TABLE dossier_document_version (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint       NOT NULL REFERENCES dossier_document (id) ON DELETE CASCADE,
    number       integer      NOT NULL CONSTRAINT dossier_document_version_number_positive CHECK (number > 0),
    file_name    varchar(255) NOT NULL CONSTRAINT dossier_document_version_file_name_not_blank CHECK (btrim(file_name) <> ''),
    media_type   varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL CONSTRAINT dossier_document_version_size_positive CHECK (size_bytes > 0),
    sha256       varchar(64)  NOT NULL CONSTRAINT dossier_document_version_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    store        varchar(10)  NOT NULL CONSTRAINT dossier_document_version_store_known CHECK (store IN ('postgres', 's3')),
    storage_ref  varchar(200) NOT NULL,
    uploaded_by  varchar(200) NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    CONSTRAINT dossier_document_version_unique UNIQUE (document_id, number),
    CONSTRAINT dossier_document_version_large_object CHECK (store <> 'postgres' OR storage_ref ~ '^[0-9]+$')
);

-- A version's large object goes with it, in the same transaction (large objects are transactional).
CREATE FUNCTION unlink_dossier_large_object() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.store = 'postgres' THEN
        PERFORM lo_unlink(CAST(OLD.storage_ref AS oid));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER dossier_document_version_unlink AFTER DELETE ON dossier_document_version
    FOR EACH ROW EXECUTE FUNCTION unlink_dossier_large_object();

-- What a nomination's dossier still lacks before it may be forwarded (Law 06/2022 Art. 84): the
-- proposal letter, the achievements report and the minutes of the cluster's vote, in that order,
-- comma-separated ('' when complete). The service's forward check and its view both read this.
CREATE FUNCTION dossier_missing(recommendation bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(required.kind, ',' ORDER BY required.n), '')
      FROM unnest(ARRAY['PROPOSAL_LETTER', 'ACHIEVEMENTS_REPORT', 'VOTE_MINUTES']) WITH ORDINALITY AS required (kind, n)
     WHERE NOT EXISTS (SELECT FROM dossier_document d
                        WHERE d.award_recommendation_id = recommendation AND d.kind = required.kind)
$$;

-- The change feed: adding, replacing or deleting a document is a change of its owner (action
-- 'document'), with the owner's status, seen by the same callers as the owner's other changes.
ALTER TABLE change_event DROP CONSTRAINT change_event_action_known;
ALTER TABLE change_event ADD CONSTRAINT change_event_action_known CHECK (action IN (
    'create', 'update', 'submit', 'return', 'accept', 'vote', 'forward', 'decide', 'withdraw', 'review', 'confirm',
    'document'));

CREATE FUNCTION record_dossier_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc dossier_document := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    IF doc.award_recommendation_id IS NOT NULL THEN
        INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
        SELECT 'award-recommendation', r.id, 'document', r.cluster_id, r.proposing_province_id, r.year, r.status,
               r.submitted_at IS NOT NULL
          FROM award_recommendation r WHERE r.id = doc.award_recommendation_id;
    ELSE
        INSERT INTO change_event (entity, entity_id, action, cluster_id, province_id, year, status, submitted)
        SELECT 'report', r.id, 'document', r.cluster_id, r.province_id, r.year, r.status, r.submitted_at IS NOT NULL
          FROM report r WHERE r.id = doc.report_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER dossier_document_changed AFTER INSERT OR UPDATE OR DELETE ON dossier_document
    FOR EACH ROW EXECUTE FUNCTION record_dossier_change();
