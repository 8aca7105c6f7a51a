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

-- The columns a statistic counts or filters by; a change of anything else (achievements, votes) changes no count.
CREATE FUNCTION bump_award_statistics_of_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.year, OLD.cluster_id, OLD.status, OLD.award_type_id, OLD.kind, OLD.nominee_province_id,
                             OLD.nominee_kind, OLD.direct_worker, OLD.proposing_province_id, OLD.submitted_at)
                        IS NOT DISTINCT FROM
                            (NEW.year, NEW.cluster_id, NEW.status, NEW.award_type_id, NEW.kind, NEW.nominee_province_id,
                             NEW.nominee_kind, NEW.direct_worker, NEW.proposing_province_id, NEW.submitted_at) THEN
        RETURN NULL;
    END IF;
    -- Lower year first, so that two transactions never wait for each other's rows in opposite orders.
    IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.year < NEW.year) THEN
        PERFORM bump_award_statistics_version('year:' || OLD.year);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM bump_award_statistics_version('year:' || NEW.year);
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.year > NEW.year THEN
        PERFORM bump_award_statistics_version('year:' || OLD.year);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER award_recommendation_statistics_version AFTER INSERT OR UPDATE OR DELETE ON award_recommendation
    FOR EACH ROW EXECUTE FUNCTION bump_award_statistics_of_recommendation();

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
