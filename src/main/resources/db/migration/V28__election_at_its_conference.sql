-- The election of a year's head and deputies names the conference that held it: a conference of the same cluster
-- about the year reviewed (the year before the one served), which the keys below hold whatever the write path.
ALTER TABLE conference ADD CONSTRAINT conference_cluster_year_key UNIQUE (id, cluster_id, year);
ALTER TABLE election ADD COLUMN conference_id bigint;
ALTER TABLE election ADD COLUMN reviewed_year integer GENERATED ALWAYS AS (year - 1) STORED;
ALTER TABLE election ADD CONSTRAINT election_conference_fk FOREIGN KEY (conference_id, cluster_id, reviewed_year)
    REFERENCES conference (id, cluster_id, year);
CREATE INDEX election_conference_idx ON election (conference_id) WHERE conference_id IS NOT NULL;
