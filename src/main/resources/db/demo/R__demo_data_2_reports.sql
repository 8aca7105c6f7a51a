-- Demo data for dev mode only: the nine members' ACCEPTED reports of the Red River Delta provinces cluster
-- (DBSH) for the first half of 2023. The per-province figures are ILLUSTRATIVE, invented for the demo: only
-- the cluster totals are those reported at the 2023 mid-year review (docs/DOMAIN.md, "The reference case"):
-- budget revenue over 116,300 billion VND (here 116,318), total social investment 246,514 billion VND,
-- 1,340 communes meeting the new-rural standard, 440 advanced, 101 model, 82 districts.
-- Runs after R__demo_data.sql (which creates the cluster and its 2023 members). Idempotent.
CREATE TEMPORARY TABLE demo_report_h1_2023 (code, budget_revenue, total_social_investment, ntm_communes,
                                           ntm_advanced_communes, ntm_model_communes, ntm_districts) AS
VALUES ('26', 16100, 22000, 112, 40, 10, 9),   -- Vĩnh Phúc
       ('27', 17200, 38000,  97, 38,  8, 8),   -- Bắc Ninh
       ('22', 24318, 45514, 101, 55, 15, 11),  -- Quảng Ninh
       ('30', 10400, 27000, 220, 70, 14, 12),  -- Hải Dương
       ('33', 14600, 25000, 139, 45, 12, 10),  -- Hưng Yên
       ('34',  7300, 24000, 242, 62, 10, 8),   -- Thái Bình
       ('35',  8200, 18000,  83, 40, 10, 6),   -- Hà Nam
       ('36',  5600, 22000, 226, 60, 14, 10),  -- Nam Định
       ('37', 12600, 25000, 120, 30,  8, 8);   -- Ninh Bình

INSERT INTO report (cluster_id, province_id, year, period, status, movement_results, commendation_work,
                    created_at, updated_at)
SELECT c.id, p.id, 2023, 'H1', 'ACCEPTED',
       'Số liệu minh họa (không phải số liệu chính thức của tỉnh): dữ liệu mẫu cho môi trường phát triển. '
           || 'Tỉnh tích cực hưởng ứng phong trào "Cả nước chung sức xây dựng nông thôn mới" và '
           || '"Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".',
       'Số liệu minh họa: công tác thi đua, khen thưởng 6 tháng đầu năm 2023.',
       TIMESTAMPTZ '2023-07-10 09:00:00+07', TIMESTAMPTZ '2023-07-20 15:00:00+07'
  FROM demo_report_h1_2023 d
  JOIN province p ON p.code = d.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-01'
  JOIN cluster c ON c.code = 'DBSH'
ON CONFLICT DO NOTHING;

INSERT INTO report_value (report_id, indicator_id, value)
SELECT r.id, i.id, v.value
  FROM demo_report_h1_2023 d
  JOIN province p ON p.code = d.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-01'
  JOIN cluster c ON c.code = 'DBSH'
  JOIN report r ON r.cluster_id = c.id AND r.province_id = p.id AND r.year = 2023 AND r.period = 'H1'
  CROSS JOIN LATERAL (VALUES ('BUDGET_REVENUE', d.budget_revenue), ('TOTAL_SOCIAL_INVESTMENT', d.total_social_investment),
                             ('NTM_COMMUNES', d.ntm_communes), ('NTM_ADVANCED_COMMUNES', d.ntm_advanced_communes),
                             ('NTM_MODEL_COMMUNES', d.ntm_model_communes), ('NTM_DISTRICTS', d.ntm_districts)) AS v (code, value)
  JOIN indicator i ON i.code = v.code
ON CONFLICT DO NOTHING;

-- The history says where the reports come from.
INSERT INTO report_step (report_id, action, from_status, to_status, actor_subject, actor_role, at, note)
SELECT r.id, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'demo-data', 'central', r.updated_at, 'Dữ liệu minh họa (demo), không phải số liệu chính thức.'
  FROM report r JOIN cluster c ON c.id = r.cluster_id AND c.code = 'DBSH'
 WHERE r.year = 2023 AND r.period = 'H1'
   AND NOT EXISTS (SELECT 1 FROM report_step a WHERE a.report_id = r.id);

DROP TABLE demo_report_h1_2023;
