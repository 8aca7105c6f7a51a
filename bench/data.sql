-- Benchmark data, generated in SQL by the schema's owner after the service's migrations ran (psql -v n=1000000).
-- Every constraint of the schema holds: memberships of units that existed all year, one head per cluster and
-- year, reports only of members, one per member and period, the same nominee once per award and year (the
-- name is built injectively from the row's position within its province, award type and year), no Government
-- Emulation Flag (one endorsed per cluster and year: left to the service), votes that add up, decisions and
-- reasons where the status needs them. The triggers run as for the service's own writes: the change feed gets
-- one event per row, submitted_at is kept by the database.
--
--   8 clusters of provinces (CUM01..CUM08) over the 63 units of 2015..2024 (10 years of memberships, a rotating
--   head and two deputies), a report for every member and half/full year with all 15 indicators, and :n award
--   recommendations spread evenly over members, years and 27 award types, in every workflow status.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET synchronous_commit = off;

INSERT INTO cluster (code, name, kind, description)
SELECT 'CUM' || lpad(c::text, 2, '0'), 'Cụm thi đua các tỉnh số ' || c, 'PROVINCES',
       'Cụm thi đua của dữ liệu đo hiệu năng (bench/data.sql)'
  FROM generate_series(1, 8) c;

-- The units that existed the whole year, in eight groups by code (neighbouring codes are neighbouring provinces).
INSERT INTO membership (cluster_id, cluster_kind, province_id, year, role)
SELECT cl.id, 'PROVINCES', u.province_id, u.year,
       CASE (u.rn - 1 - u.year % u.members + u.members) % u.members
            WHEN 0 THEN 'HEAD' WHEN 1 THEN 'DEPUTY' WHEN 2 THEN 'DEPUTY' ELSE 'MEMBER' END
  FROM (SELECT g.*, row_number() OVER (PARTITION BY g.year, g.grp ORDER BY g.code) AS rn,
               count(*) OVER (PARTITION BY g.year, g.grp) AS members
          FROM (SELECT p.id AS province_id, p.code, y AS year, ntile(8) OVER (PARTITION BY y ORDER BY p.code) AS grp
                  FROM generate_series(2015, 2024) y
                  JOIN province p ON (p.valid_from IS NULL OR p.valid_from <= make_date(y, 1, 1))
                                 AND (p.valid_to IS NULL OR p.valid_to >= make_date(y, 12, 31))) g) u
  JOIN cluster cl ON cl.code = 'CUM' || lpad(u.grp::text, 2, '0');

-- Reports: accepted, except the latest full year where some are still submitted, returned or drafts.
INSERT INTO report (cluster_id, province_id, year, period, status, movement_results, commendation_work, limitations,
                    next_tasks, return_reason, created_at, updated_at)
SELECT m.cluster_id, m.province_id, m.year, p.period, s.status,
       'Phong trào thi đua yêu nước được triển khai sâu rộng, gắn với nhiệm vụ chính trị của địa phương.',
       'Công tác khen thưởng kịp thời, đúng đối tượng; chú trọng khen thưởng người lao động trực tiếp.',
       'Một số chỉ tiêu chưa đạt kế hoạch do khó khăn về vốn đầu tư.',
       'Tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư.',
       CASE WHEN s.status = 'RETURNED' THEN 'Bổ sung số liệu thu ngân sách đã được kiểm toán.' END,
       make_timestamptz(m.year + CASE p.period WHEN 'FY' THEN 1 ELSE 0 END, CASE p.period WHEN 'FY' THEN 1 ELSE 7 END, 10, 8, 0, 0),
       make_timestamptz(m.year + CASE p.period WHEN 'FY' THEN 1 ELSE 0 END, CASE p.period WHEN 'FY' THEN 1 ELSE 7 END, 20, 8, 0, 0)
  FROM membership m
  JOIN cluster cl ON cl.id = m.cluster_id AND cl.code LIKE 'CUM%'
  CROSS JOIN (VALUES ('H1'), ('FY')) p(period)
  CROSS JOIN LATERAL (SELECT CASE WHEN m.year = 2024 AND p.period = 'FY'
                                  THEN (ARRAY['ACCEPTED', 'SUBMITTED', 'RETURNED', 'DRAFT'])[1 + m.province_id % 4]
                                  ELSE 'ACCEPTED' END AS status) s;

-- Every indicator of the catalog, in range: integers for counts, percentages within 0..100.
INSERT INTO report_value (report_id, indicator_id, value)
SELECT r.id, i.id,
       CASE WHEN i.value_type = 'INTEGER' THEN ((r.id * 7 + i.id * 13) % 90 + 5)::numeric
            WHEN i.max_value IS NOT NULL THEN round(greatest(coalesce(i.min_value, 0), least(i.max_value,
                 (i.max_value - coalesce(i.min_value, 0)) * (((r.id * 31 + i.id * 17) % 100) / 100.0) + coalesce(i.min_value, 0))), 2)
            ELSE round((1000 + (r.id * 37 + i.id * 101) % 150000)::numeric / (CASE r.period WHEN 'H1' THEN 2 ELSE 1 END), 2)
       END
  FROM report r
  JOIN cluster cl ON cl.id = r.cluster_id AND cl.code LIKE 'CUM%'
  CROSS JOIN indicator i;

CREATE TEMP TABLE bench_member AS
SELECT row_number() OVER (ORDER BY m.year, m.cluster_id, m.province_id) - 1 AS k, m.cluster_id, m.province_id, m.year
  FROM membership m JOIN cluster cl ON cl.id = m.cluster_id AND cl.code LIKE 'CUM%';
CREATE TEMP TABLE bench_type AS
SELECT row_number() OVER (ORDER BY t.id) - 1 AS k, t.id, t.code,
       CASE WHEN t.for_individual THEN 'INDIVIDUAL' WHEN t.for_collective THEN 'COLLECTIVE' ELSE 'HOUSEHOLD' END AS nominee_kind
  FROM award_type t WHERE t.code <> 'GOV_EMULATION_FLAG';
ANALYZE bench_member;
ANALYZE bench_type;

INSERT INTO award_recommendation (cluster_id, year, award_type_id, award_type_code, kind, nominee_kind, nominee_name,
                                  nominee_province_id, nominee_organisation, nominee_position, direct_worker,
                                  proposing_province_id, movement_id, achievements, status, members_present, votes_for,
                                  votes_against, votes_abstaining, decision_number, decision_date, deciding_authority,
                                  reason, submitted_at, created_at, updated_at)
SELECT m.cluster_id, m.year, t.id, t.code,
       (ARRAY['MERIT', 'MERIT', 'MERIT', 'MERIT', 'THEMATIC', 'THEMATIC', 'AD_HOC', 'LONG_CONTRIBUTION', 'SENIORITY', 'FOREIGN'])[1 + x.i % 10],
       t.nominee_kind,
       CASE t.nominee_kind
            WHEN 'INDIVIDUAL' THEN x.person
            WHEN 'COLLECTIVE' THEN 'Trường Trung học cơ sở ' || x.person
            ELSE 'Hộ gia đình ông ' || x.person END,
       m.province_id,
       (ARRAY['Sở Giáo dục và Đào tạo', 'Bệnh viện Đa khoa tỉnh', 'Hợp tác xã nông nghiệp', 'Công ty cổ phần May',
              'Ủy ban nhân dân xã'])[1 + x.i % 5],
       CASE WHEN t.nominee_kind = 'INDIVIDUAL' THEN (ARRAY['Giáo viên', 'Bác sĩ', 'Công nhân', 'Chủ tịch'])[1 + x.i % 4] END,
       t.nominee_kind = 'INDIVIDUAL' AND x.i % 5 = 0,
       m.province_id,
       CASE WHEN x.i % 4 = 0 THEN (SELECT id FROM movement ORDER BY id LIMIT 1 OFFSET (x.i / 4) % 4) END,
       'Hoàn thành xuất sắc nhiệm vụ được giao trong năm ' || m.year
           || '; có sáng kiến được áp dụng hiệu quả, góp phần vào phong trào thi đua của địa phương.',
       x.status,
       CASE WHEN x.voted THEN 8 END, CASE WHEN x.voted THEN CASE WHEN x.status = 'NOT_ENDORSED' THEN 3 ELSE 7 END END,
       CASE WHEN x.voted THEN CASE WHEN x.status = 'NOT_ENDORSED' THEN 5 ELSE 1 END END, CASE WHEN x.voted THEN 0 END,
       CASE WHEN x.status = 'APPROVED' THEN (1000 + x.i % 9000) || '/QĐ-TTg' END,
       CASE WHEN x.status = 'APPROVED' THEN make_date(m.year + 1, 1 + x.i % 12, 1 + x.i % 28) END,
       CASE WHEN x.status = 'APPROVED' THEN 'Thủ tướng Chính phủ' END,
       CASE WHEN x.status IN ('RETURNED', 'REJECTED') THEN 'Chưa đủ tiêu chuẩn theo Nghị định 98/2023/NĐ-CP.' END,
       CASE WHEN x.status NOT IN ('DRAFT', 'WITHDRAWN') OR x.i % 200 < 10 THEN make_timestamptz(m.year, 11, 1 + x.i % 28, 9, 0, 0) END,
       make_timestamptz(m.year, 10, 1 + x.i % 28, 9, 0, 0),
       make_timestamptz(m.year, 12, 1 + x.i % 28, 9, 0, 0)
  FROM (SELECT i,
               (SELECT count(*) FROM bench_member) AS members, (SELECT count(*) FROM bench_type) AS types,
               (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'ENDORSED', 'NOT_ENDORSED', 'FORWARDED', 'APPROVED', 'REJECTED',
                      'WITHDRAWN'])[CASE WHEN i % 200 < 16 THEN 1 WHEN i % 200 < 30 THEN 2 WHEN i % 200 < 36 THEN 3
                                         WHEN i % 200 < 46 THEN 4 WHEN i % 200 < 50 THEN 5 WHEN i % 200 < 70 THEN 6
                                         WHEN i % 200 < 180 THEN 7 WHEN i % 200 < 190 THEN 8 ELSE 9 END] AS status
          FROM generate_series(0, :n - 1) i) s
  CROSS JOIN LATERAL (
        SELECT s.i, s.status, s.status IN ('ENDORSED', 'NOT_ENDORSED', 'FORWARDED', 'APPROVED', 'REJECTED') AS voted,
               -- j numbers the rows of one member, year and award type: the name is injective in j (800 names).
               (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'])[1 + (s.i / (s.members * s.types)) % 10]
               || ' ' || (ARRAY['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh'])[1 + (s.i / (s.members * s.types) / 10) % 5]
               || ' ' || (ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quang', 'Tâm',
                                'Thảo', 'Trung', 'Tuấn', 'Yến'])[1 + (s.i / (s.members * s.types) / 50) % 16]
               || CASE WHEN s.i / (s.members * s.types) >= 800 THEN ' ' || (s.i / (s.members * s.types) / 800) ELSE '' END
               AS person,
               s.i % s.members AS mk, (s.i / s.members) % s.types AS tk) x
  JOIN bench_member m ON m.k = x.mk
  JOIN bench_type t ON t.k = x.tk;


