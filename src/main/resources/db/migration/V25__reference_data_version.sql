-- Conditional GET of the reference data lists (provinces, clusters, award types, indicators; common/ReferenceData):
-- a list's ETag is computed from the version of its table here, which every write to that table bumps in the same
-- transaction, whatever the write path (the API of any instance, a migration, an operator's psql). Answering
-- If-None-Match then costs one primary-key read, and no instance can serve a 304 for data another one changed.
CREATE TABLE reference_data_version (
    kind    varchar(20) PRIMARY KEY,
    version bigint      NOT NULL
);
INSERT INTO reference_data_version (kind, version)
VALUES ('province', 1), ('cluster', 1), ('award_type', 1), ('indicator', 1);

-- Once per statement (a bulk load bumps once); TG_TABLE_NAME is the kind. TRUNCATE too, which row triggers miss.
CREATE FUNCTION bump_reference_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_data_version SET version = version + 1 WHERE kind = TG_TABLE_NAME;
    RETURN NULL;
END $$;
CREATE TRIGGER province_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON province
    FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_data_version();
CREATE TRIGGER cluster_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cluster
    FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_data_version();
CREATE TRIGGER award_type_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON award_type
    FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_data_version();
CREATE TRIGGER indicator_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator
    FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_data_version();
