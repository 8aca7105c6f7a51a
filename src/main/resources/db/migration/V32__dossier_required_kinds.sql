-- The documents a nomination's dossier must hold before it is forwarded (Law 06/2022 Art. 84), in the order a problem
-- names them, as a table: a recommendation's read names it in a subquery that PostgreSQL plans once with the rest of
-- the read. dossier_missing() (V15), called in the read, was planned again at every call: it halved the database's
-- throughput of the read of one recommendation (pgbench on the captured SQL, 1,000,000 recommendations: 3,560 TPS
-- with the call, 5,490 with the subquery; bench/RESULTS.md). The function stays, for scripts, and reads the table.
CREATE TABLE dossier_required_kind (
    kind       varchar(25) PRIMARY KEY,
    sort_order integer     NOT NULL CONSTRAINT dossier_required_kind_order_once UNIQUE
);
INSERT INTO dossier_required_kind (kind, sort_order)
VALUES ('PROPOSAL_LETTER', 1), ('ACHIEVEMENTS_REPORT', 2), ('VOTE_MINUTES', 3);

CREATE OR REPLACE FUNCTION dossier_missing(recommendation bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(required.kind, ',' ORDER BY required.sort_order), '')
      FROM dossier_required_kind required
     WHERE NOT EXISTS (SELECT FROM dossier_document d
                        WHERE d.award_recommendation_id = recommendation AND d.kind = required.kind)
$$;
-- Three rows never reach autovacuum's threshold: without statistics the planner would take it for 810 rows.
ANALYZE dossier_required_kind;
