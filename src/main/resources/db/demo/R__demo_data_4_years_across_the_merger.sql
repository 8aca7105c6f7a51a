-- Demo data for dev mode only: reports across the 2025 merger, so that a province's series in today's map
-- (GET /api/v1/provinces/37/indicators?from=2023&to=2026) shows the roll-up of Ninh Bình, Nam Định and Hà Nam.
-- ALL FIGURES ARE ILLUSTRATIVE, derived from the illustrative 2023-H1 figures by fixed factors; they are not
-- official. The 2025-2026 cluster DBSH-MOI is ILLUSTRATIVE too: how the Central Council regrouped the clusters
-- of provinces after 2025-07-01 is not known (docs/DOMAIN.md, "Open questions").
-- Runs after R__demo_data_2_reports.sql. Idempotent.

-- The nine members of 2023 stay members of DBSH in 2024 and 2025 (their units exist until 2025-06-30);
-- Hải Dương was elected deputy for 2024 (the head of 2024 is not known: none is named).
INSERT INTO membership (cluster_id, cluster_kind, province_id, year, role)
SELECT c.id, c.kind, p.id, y.year, CASE WHEN y.year = 2024 AND m.code = '30' THEN 'DEPUTY' ELSE 'MEMBER' END
  FROM (VALUES ('26'), ('27'), ('22'), ('30'), ('33'), ('34'), ('35'), ('36'), ('37')) AS m (code)
  CROSS JOIN (VALUES (2024), (2025)) AS y (year)
  JOIN province p ON p.code = m.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2024-07-01'
  JOIN cluster c ON c.code = 'DBSH'
ON CONFLICT DO NOTHING;

INSERT INTO cluster (code, name, kind, description)
VALUES ('DBSH-MOI', 'Cụm thi đua các tỉnh, thành phố vùng Đồng bằng sông Hồng (minh họa sau sắp xếp)', 'PROVINCES',
        'MINH HỌA: cách sắp xếp lại các cụm thi đua sau ngày 01/7/2025 chưa được công bố; cụm này chỉ dùng cho dữ liệu mẫu.')
ON CONFLICT (code) DO NOTHING;

-- The new units of the region from 2025-07-01 (Quảng Ninh, unchanged, stays in DBSH for 2025).
INSERT INTO membership (cluster_id, cluster_kind, province_id, year, role)
SELECT c.id, c.kind, p.id, y.year, CASE WHEN m.code = '33' THEN 'HEAD' ELSE 'MEMBER' END
  FROM (VALUES ('33'), ('37'), ('24'), ('31'), ('25'), ('22')) AS m (code)
  CROSS JOIN (VALUES (2025), (2026)) AS y (year)
  JOIN province p ON p.code = m.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2026-01-01'
  JOIN cluster c ON c.code = 'DBSH-MOI'
 WHERE NOT (m.code = '22' AND y.year = 2025)
ON CONFLICT DO NOTHING;

-- Reports: 2023-FY (its budget revenue breaks ties in the 2023 ranking; Hà Nam's is left for the integration guide to
-- file), 2024-H1, 2024-FY and 2025-H1 of the nine old units (to DBSH); 2025-FY and 2026-H1 of the new units
-- (to DBSH-MOI; Quảng Ninh's 2025-FY to DBSH). Each unit's figures are its 2023-H1 budget revenue and communes,
-- scaled by the period, with GRDP, GRDP growth and PCI (a LIST indicator, never combined).
CREATE TEMPORARY TABLE demo_base (code, budget_revenue, ntm_communes, grdp, grdp_growth, pci) AS
VALUES ('26', 16100, 112,  75000, 6.1, 66.2), ('27', 17200,  97, 118000, 5.4, 68.0),
       ('22', 24318, 101, 140000, 10.2, 73.0), ('30', 10400, 220,  68000, 7.0, 67.5),
       ('33', 14600, 139,  72000, 8.3, 67.1), ('34',  7300, 242,  65000, 8.0, 66.0),
       ('35',  8200,  83,  43000, 9.0, 69.5), ('36',  5600, 226,  52000, 7.5, 65.8),
       ('37', 12600, 120,  70000, 8.6, 68.4);

CREATE TEMPORARY TABLE demo_period (year, period, factor, day, unit_map) AS
VALUES (2023, 'FY', 2.08, DATE '2023-07-01', 'old'),
       (2024, 'H1', 1.06, DATE '2024-07-01', 'old'), (2024, 'FY', 2.15, DATE '2024-07-01', 'old'),
       (2025, 'H1', 1.12, DATE '2025-06-01', 'old'), (2025, 'FY', 2.30, DATE '2026-01-01', 'new'),
       (2026, 'H1', 1.20, DATE '2026-01-01', 'new');

-- A new unit's base figures are the sums of its predecessors' (growth and PCI: those of the unit keeping the code).
CREATE TEMPORARY TABLE demo_figures AS
SELECT d.code AS old_code, coalesce(s.code, d.code) AS new_code, d.* FROM demo_base d
  JOIN province p ON p.code = d.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2024-07-01'
  LEFT JOIN province s ON s.id = p.successor_id;

CREATE TEMPORARY TABLE demo_rows AS
SELECT pe.year, pe.period, pe.day, CASE WHEN pe.unit_map = 'old' THEN f.old_code ELSE f.new_code END AS code,
       round(sum(f.budget_revenue) * pe.factor) AS budget_revenue, round(sum(f.ntm_communes) * least(pe.factor, 1.3)) AS ntm_communes,
       round(sum(f.grdp) * pe.factor) AS grdp,
       max(f.grdp_growth) FILTER (WHERE f.old_code = CASE WHEN pe.unit_map = 'old' THEN f.old_code ELSE f.new_code END) AS grdp_growth,
       max(f.pci) FILTER (WHERE f.old_code = CASE WHEN pe.unit_map = 'old' THEN f.old_code ELSE f.new_code END) AS pci
  FROM demo_period pe CROSS JOIN demo_figures f
 GROUP BY pe.year, pe.period, pe.day, pe.factor, CASE WHEN pe.unit_map = 'old' THEN f.old_code ELSE f.new_code END;

INSERT INTO report (cluster_id, province_id, year, period, status, movement_results, created_at, updated_at)
SELECT c.id, p.id, r.year, r.period, 'ACCEPTED',
       'Số liệu minh họa (không phải số liệu chính thức của tỉnh): dữ liệu mẫu cho môi trường phát triển.',
       make_timestamptz(r.year, CASE r.period WHEN 'H1' THEN 7 ELSE 12 END, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(r.year, CASE r.period WHEN 'H1' THEN 7 ELSE 12 END, 20, 15, 0, 0, 'Asia/Ho_Chi_Minh')
  FROM demo_rows r
  JOIN province p ON p.code = r.code AND daterange(p.valid_from, p.valid_to, '[]') @> r.day
  JOIN membership m ON m.province_id = p.id AND m.year = r.year
  JOIN cluster c ON c.id = m.cluster_id AND c.code IN ('DBSH', 'DBSH-MOI')
 WHERE NOT (r.year = 2023 AND r.code = '35')
ON CONFLICT DO NOTHING;

INSERT INTO report_value (report_id, indicator_id, value)
SELECT rep.id, i.id, v.value
  FROM demo_rows r
  JOIN province p ON p.code = r.code AND daterange(p.valid_from, p.valid_to, '[]') @> r.day
  JOIN report rep ON rep.province_id = p.id AND rep.year = r.year AND rep.period = r.period
  CROSS JOIN LATERAL (VALUES ('BUDGET_REVENUE', r.budget_revenue), ('NTM_COMMUNES', r.ntm_communes),
                             ('GRDP', r.grdp), ('GRDP_GROWTH', r.grdp_growth), ('PCI', r.pci)) AS v (code, value)
  JOIN indicator i ON i.code = v.code
 WHERE v.value IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO report_step (report_id, action, from_status, to_status, actor_subject, actor_role, at, note)
SELECT rep.id, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'demo-data', 'central', rep.updated_at, 'Dữ liệu minh họa (demo), không phải số liệu chính thức.'
  FROM report rep WHERE (rep.year >= 2024 OR rep.period = 'FY') AND NOT EXISTS (SELECT 1 FROM report_step a WHERE a.report_id = rep.id);

DROP TABLE demo_rows, demo_figures, demo_period, demo_base;
