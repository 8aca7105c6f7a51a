-- award_recommendation had 12 secondary indexes, and every workflow step updates an indexed column (status), so
-- each write maintained all of them. Kept are the indexes that enforce a rule and those the benchmark's queries
-- used: pg_stat_user_indexes.idx_scan after `bench/run.sh` over 1,000,000 recommendations (bench/RESULTS.md,
-- bench/results/before-1m.md). Kept, and why:
--   award_recommendation_pkey                       every read and write of one recommendation (46,180 scans)
--   award_recommendation_nominee_once               rule: the same nominee once per award and year (unique)
--   award_recommendation_one_flag_per_cluster_year  rule: one endorsed Government Emulation Flag per cluster and year (unique)
--   award_recommendation_cluster_year_idx           the page of a cluster's year, newest first (8,696 scans)
--   award_recommendation_statistics_idx             award statistics, index-only counts of a year or a cluster's year (7,349 scans)
--   award_recommendation_status_idx                 the page of one status over the whole table, newest first (1,452 scans)
--   award_recommendation_nominee_search_idx         the name search (q=), trigram GIN (14,566 scans)
--   award_recommendation_nominee_province_idx       a province's award record and the province filter (3,236 scans)
-- Dropped: no case of the benchmark used them (0 scans) and they back no rule. A list filtered by award type, kind
-- or movement, by a proposing province, or a province's award record without a year now reads the year's rows
-- through the statistics index (which carries those columns) or the table; add a case to bench/run.sh before
-- bringing one back.
DROP INDEX award_recommendation_award_type_idx;
DROP INDEX award_recommendation_kind_idx;
DROP INDEX award_recommendation_proposing_province_idx;
DROP INDEX award_recommendation_movement_idx;
DROP INDEX award_recommendation_awarded_idx;
