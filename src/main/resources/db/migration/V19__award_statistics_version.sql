-- Award statistics are kept exact while served from a cache (AwardStatisticsService): every change that can alter
-- a count (a recommendation's counted columns, per year) or a name the statistics show (award types, clusters,
-- provinces: scope 'reference') adds one to a version here, in the same transaction as the change, whatever the
-- write path and whichever instance writes. A cached result is used only while the versions it was computed under
-- are still the current ones, read before it was computed: one read of a few rows instead of a scan of a year.
CREATE TABLE award_statistics_version (
    scope   varchar(20) PRIMARY KEY,
    version bigint      NOT NULL
);

CREATE FUNCTION bump_award_statistics_version(changed varchar) RETURNS void LANGUAGE sql AS $$
    INSERT INTO award_statistics_version (scope, version) VALUES (changed, 1)
    ON CONFLICT (scope) DO UPDATE SET version = award_statistics_version.version + 1
$$;

-- Once per statement, not per row, so that a bulk import of a year in one transaction updates its version row a few
-- times rather than once per recommendation. Years in ascending order, so that two transactions never wait for
-- each other's version rows in opposite orders. An UPDATE counts only where a column a statistic counts or filters by
-- changed (achievements or votes change no count).
CREATE FUNCTION bump_award_statistics_of_recommendations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed_year integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        FOR changed_year IN SELECT DISTINCT year FROM new_rows ORDER BY 1 LOOP
            PERFORM bump_award_statistics_version('year:' || changed_year);
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR changed_year IN SELECT DISTINCT year FROM old_rows ORDER BY 1 LOOP
            PERFORM bump_award_statistics_version('year:' || changed_year);
        END LOOP;
    ELSE
        FOR changed_year IN
            WITH changed AS (
                SELECT o.year AS old_year, n.year AS new_year FROM old_rows o JOIN new_rows n ON n.id = o.id
                 WHERE (o.year, o.cluster_id, o.status, o.award_type_id, o.kind, o.nominee_province_id, o.nominee_kind,
                        o.direct_worker, o.proposing_province_id, o.submitted_at)
                       IS DISTINCT FROM
                       (n.year, n.cluster_id, n.status, n.award_type_id, n.kind, n.nominee_province_id, n.nominee_kind,
                        n.direct_worker, n.proposing_province_id, n.submitted_at))
            SELECT old_year FROM changed UNION SELECT new_year FROM changed ORDER BY 1
        LOOP
            PERFORM bump_award_statistics_version('year:' || changed_year);
        END LOOP;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER award_recommendation_inserted_statistics_version AFTER INSERT ON award_recommendation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_award_statistics_of_recommendations();
CREATE TRIGGER award_recommendation_updated_statistics_version AFTER UPDATE ON award_recommendation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_award_statistics_of_recommendations();
CREATE TRIGGER award_recommendation_deleted_statistics_version AFTER DELETE ON award_recommendation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_award_statistics_of_recommendations();

CREATE FUNCTION bump_award_statistics_of_reference() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_award_statistics_version('reference');
    RETURN NULL;
END $$;
CREATE TRIGGER award_type_statistics_version AFTER INSERT OR UPDATE OR DELETE ON award_type
    FOR EACH STATEMENT EXECUTE FUNCTION bump_award_statistics_of_reference();
CREATE TRIGGER cluster_statistics_version AFTER INSERT OR UPDATE OR DELETE ON cluster
    FOR EACH STATEMENT EXECUTE FUNCTION bump_award_statistics_of_reference();
CREATE TRIGGER province_statistics_version AFTER INSERT OR UPDATE OR DELETE ON province
    FOR EACH STATEMENT EXECUTE FUNCTION bump_award_statistics_of_reference();

-- The versions every existing year starts from.
INSERT INTO award_statistics_version (scope, version) VALUES ('reference', 1);
INSERT INTO award_statistics_version (scope, version)
SELECT DISTINCT 'year:' || year, 1 FROM award_recommendation;
