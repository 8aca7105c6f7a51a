-- Demo data for dev mode only: the year-end scoring of the Red River Delta provinces cluster (DBSH) for 2023 and the
-- election of its head and deputies for 2024 (docs/DOMAIN.md, "How a cluster works through the year").
-- Facts from the sources: Nam Định received the 2023 Government Emulation Flag (it ranks first here); the 2023 year-end
-- review and the signing of the 2024 covenant were held on 2024-03-13 in Thái Bình, where Hải Dương was elected deputy
-- for 2024. ILLUSTRATIVE: the scoring scheme, every point and evidence note (the cluster's real table is not public),
-- and the 2024 head (Nam Định; the sources found name only Hải Dương's deputyship).
-- Runs after R__demo_data_4 (the 2024 memberships). Idempotent: rows are matched by their natural keys.

-- The scheme, written when the covenant was signed; its items and tie rule before it is frozen.
INSERT INTO scoring_scheme (cluster_id, year, title, created_at, updated_at)
SELECT c.id, 2023, 'Bảng chấm điểm thi đua Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023',
       '2023-03-29 09:00+07', '2023-03-29 09:00+07'
  FROM cluster c WHERE c.code = 'DBSH'
ON CONFLICT (cluster_id, year) DO NOTHING;

INSERT INTO scoring_item (scheme_id, kind, group_code, group_name, code, name, max_points, position)
SELECT s.id, i.kind, i.group_code, i.group_name, i.code, i.name, i.max_points, i.position
  FROM (VALUES
    ('CRITERION', 'I', 'Thực hiện các chỉ tiêu kinh tế - xã hội', 'I.1', 'Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán', 20, 0),
    ('CRITERION', 'I', 'Thực hiện các chỉ tiêu kinh tế - xã hội', 'I.2', 'Xây dựng nông thôn mới đạt và vượt kế hoạch', 20, 1),
    ('CRITERION', 'I', 'Thực hiện các chỉ tiêu kinh tế - xã hội', 'I.3', 'Giảm tỷ lệ hộ nghèo theo kế hoạch', 20, 2),
    ('CRITERION', 'II', 'Công tác thi đua, khen thưởng', 'II.1', 'Tổ chức các phong trào thi đua, phát hiện và nhân rộng điển hình tiên tiến', 20, 3),
    ('CRITERION', 'II', 'Công tác thi đua, khen thưởng', 'II.2', 'Thực hiện giao ước thi đua và chế độ báo cáo của Cụm', 20, 4),
    ('BONUS', NULL, NULL, 'T.1', 'Có mô hình, cách làm hay được Trung ương biểu dương', 5, 5),
    ('PENALTY', NULL, NULL, 'TR.1', 'Gửi báo cáo chậm so với quy định', 5, 6)
  ) AS i (kind, group_code, group_name, code, name, max_points, position)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN scoring_scheme s ON s.cluster_id = c.id AND s.year = 2023
 WHERE s.frozen_at IS NULL
ON CONFLICT (scheme_id, code) DO NOTHING;

INSERT INTO scoring_tie_breaker (scheme_id, position, kind, indicator_id)
SELECT s.id, b.position, b.kind, i.id
  FROM (VALUES (0, 'MAXIMUM_SCORES', NULL), (1, 'INDICATOR', 'BUDGET_REVENUE')) AS b (position, kind, indicator)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN scoring_scheme s ON s.cluster_id = c.id AND s.year = 2023
  LEFT JOIN indicator i ON i.code = b.indicator
 WHERE s.frozen_at IS NULL
ON CONFLICT (scheme_id, position) DO NOTHING;

-- The first submitted scorecard froze the scheme (drafts freeze nothing): it is frozen from then on.
UPDATE scoring_scheme s SET frozen_at = '2024-01-15 09:00+07', updated_at = '2024-01-15 09:00+07', version = s.version + 1
  FROM cluster c WHERE c.code = 'DBSH' AND s.cluster_id = c.id AND s.year = 2023 AND s.frozen_at IS NULL;

-- The nine members' cards, confirmed at the year-end review of 2024-03-13.
INSERT INTO scorecard (cluster_id, province_id, year, scheme_id, status, submitted_at, created_at, updated_at)
SELECT c.id, p.id, 2023, s.id, 'CONFIRMED', '2024-01-15 09:00+07', '2024-01-08 08:00+07', '2024-03-13 11:00+07'
  FROM (VALUES ('26'), ('27'), ('22'), ('30'), ('33'), ('34'), ('35'), ('36'), ('37')) AS m (code)
  JOIN province p ON p.code = m.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-01'
  JOIN cluster c ON c.code = 'DBSH'
  JOIN scoring_scheme s ON s.cluster_id = c.id AND s.year = 2023
ON CONFLICT (cluster_id, province_id, year) DO NOTHING;

-- Self-assessment and agreed points (Nam Định 102, Thái Bình 101, Ninh Bình 99, Hà Nam 98, Hải Dương 96.5, Hưng Yên 96,
-- Quảng Ninh 95, Bắc Ninh 94, Vĩnh Phúc 92).
INSERT INTO scorecard_line (scorecard_id, item_id, self_points, evidence, agreed_points, review_reason)
SELECT sc.id, i.id, l.self_points, l.evidence, l.agreed_points, l.review_reason
  FROM (VALUES
    ('36', 'I.1', 20, 20, 'Thu ngân sách năm 2023 đạt 118% dự toán.', NULL),
    ('36', 'I.2', 20, 20, 'Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới.', NULL),
    ('36', 'I.3', 19, 19, 'Tỷ lệ hộ nghèo giảm 0,45 điểm phần trăm.', NULL),
    ('36', 'II.1', 20, 20, 'Biểu dương 126 điển hình tiên tiến.', NULL),
    ('36', 'II.2', 20, 20, 'Gửi đầy đủ, đúng hạn các báo cáo của Cụm.', NULL),
    ('36', 'T.1', 3, 3, 'Mô hình hợp tác xã lúa chất lượng cao Hải Hậu.', NULL),
    ('36', 'TR.1', 0, 0, NULL, NULL),
    ('34', 'I.1', 20, 20, 'Thu ngân sách năm 2023 đạt 112% dự toán.', NULL),
    ('34', 'I.2', 20, 19, '226/241 xã đạt chuẩn nông thôn mới nâng cao.', 'Chưa đạt chỉ tiêu xã nông thôn mới nâng cao năm 2023 theo kế hoạch.'),
    ('34', 'I.3', 19, 19, 'Tỷ lệ hộ nghèo giảm 0,4 điểm phần trăm.', NULL),
    ('34', 'II.1', 20, 20, 'Tổ chức tốt Hội nghị ký kết giao ước thi đua năm 2023.', NULL),
    ('34', 'II.2', 20, 20, 'Hoàn thành nhiệm vụ Cụm trưởng năm 2023.', NULL),
    ('34', 'T.1', 4, 3, 'Mô hình dồn điền đổi thửa được biểu dương.', 'Mô hình được biểu dương cấp tỉnh, chưa được Trung ương biểu dương.'),
    ('34', 'TR.1', 0, 0, NULL, NULL),
    ('37', 'I.1', 20, 20, 'Thu ngân sách năm 2023 đạt 108% dự toán.', NULL),
    ('37', 'I.2', 20, 20, 'Hoàn thành kế hoạch xây dựng nông thôn mới.', NULL),
    ('37', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,35 điểm phần trăm.', NULL),
    ('37', 'II.1', 19, 19, 'Phát hiện, nhân rộng 94 điển hình tiên tiến.', NULL),
    ('37', 'II.2', 20, 20, 'Gửi đầy đủ báo cáo của Cụm.', NULL),
    ('37', 'T.1', 2, 2, 'Mô hình du lịch cộng đồng Tràng An.', NULL),
    ('37', 'TR.1', 0, 0, NULL, NULL),
    ('35', 'I.1', 19, 19, 'Thu ngân sách năm 2023 đạt 104% dự toán.', NULL),
    ('35', 'I.2', 20, 20, 'Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới.', NULL),
    ('35', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm.', NULL),
    ('35', 'II.1', 20, 20, 'Tổ chức Hội nghị sơ kết 6 tháng của Cụm tại Phủ Lý.', NULL),
    ('35', 'II.2', 19, 19, 'Gửi báo cáo 6 tháng chậm 2 ngày.', NULL),
    ('35', 'T.1', 2, 2, 'Mô hình liên kết chăn nuôi bò sữa với FrieslandCampina Hà Nam.', NULL),
    ('35', 'TR.1', 0, 0, NULL, NULL),
    ('30', 'I.1', 20, 20, 'Thu ngân sách năm 2023 đạt 110% dự toán.', NULL),
    ('30', 'I.2', 19, 19, 'Hoàn thành 90% kế hoạch xã nông thôn mới kiểu mẫu.', NULL),
    ('30', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm.', NULL),
    ('30', 'II.1', 19, 19, 'Biểu dương 88 điển hình tiên tiến.', NULL),
    ('30', 'II.2', 19, 19, 'Gửi đầy đủ báo cáo của Cụm.', NULL),
    ('30', 'T.1', 2, 2, 'Mô hình nông thôn mới kiểu mẫu Thanh Hà.', NULL),
    ('30', 'TR.1', 0, 0.5, NULL, 'Gửi báo cáo năm chậm so với quy định của Cụm.'),
    ('33', 'I.1', 19, 19, 'Thu ngân sách năm 2023 đạt 102% dự toán.', NULL),
    ('33', 'I.2', 19, 19, 'Hoàn thành kế hoạch xây dựng nông thôn mới.', NULL),
    ('33', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm.', NULL),
    ('33', 'II.1', 19, 19, 'Tham luận tại Hội nghị sơ kết 6 tháng của Cụm.', NULL),
    ('33', 'II.2', 19, 19, 'Gửi đầy đủ báo cáo của Cụm.', NULL),
    ('33', 'T.1', 2, 2, 'Mô hình chuyển đổi số trong công tác thi đua, khen thưởng.', NULL),
    ('33', 'TR.1', 0, 0, NULL, NULL),
    ('22', 'I.1', 20, 20, 'Thu ngân sách năm 2023 đạt 106% dự toán.', NULL),
    ('22', 'I.2', 18, 18, 'Hoàn thành 95% kế hoạch xã nông thôn mới nâng cao.', NULL),
    ('22', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,25 điểm phần trăm.', NULL),
    ('22', 'II.1', 19, 19, 'Biểu dương 80 điển hình tiên tiến.', NULL),
    ('22', 'II.2', 19, 19, 'Gửi đầy đủ báo cáo của Cụm.', NULL),
    ('22', 'T.1', 1, 1, 'Mô hình "Mỗi xã một sản phẩm" (OCOP).', NULL),
    ('22', 'TR.1', 0, 0, NULL, NULL),
    ('27', 'I.1', 19, 19, 'Thu ngân sách năm 2023 đạt 101% dự toán.', NULL),
    ('27', 'I.2', 18, 18, 'Hoàn thành 92% kế hoạch xã nông thôn mới nâng cao.', NULL),
    ('27', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,2 điểm phần trăm.', NULL),
    ('27', 'II.1', 19, 19, 'Biểu dương 75 điển hình tiên tiến.', NULL),
    ('27', 'II.2', 19, 19, 'Gửi đầy đủ báo cáo của Cụm.', NULL),
    ('27', 'T.1', 1, 1, 'Mô hình khu công nghiệp xanh.', NULL),
    ('27', 'TR.1', 0, 0, NULL, NULL),
    ('26', 'I.1', 18, 18, 'Thu ngân sách năm 2023 đạt 96% dự toán.', NULL),
    ('26', 'I.2', 18, 18, 'Hoàn thành 90% kế hoạch xã nông thôn mới nâng cao.', NULL),
    ('26', 'I.3', 18, 18, 'Tỷ lệ hộ nghèo giảm 0,2 điểm phần trăm.', NULL),
    ('26', 'II.1', 19, 19, 'Biểu dương 70 điển hình tiên tiến.', NULL),
    ('26', 'II.2', 19, 19, 'Gửi đầy đủ báo cáo của Cụm.', NULL),
    ('26', 'T.1', 1, 1, 'Mô hình doanh nghiệp đồng hành cùng nông dân.', NULL),
    ('26', 'TR.1', 1, 1, 'Gửi báo cáo 6 tháng chậm 5 ngày.', NULL)
  ) AS l (code, item, self_points, agreed_points, evidence, review_reason)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN province p ON p.code = l.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-01'
  JOIN scorecard sc ON sc.cluster_id = c.id AND sc.province_id = p.id AND sc.year = 2023
  JOIN scoring_item i ON i.scheme_id = sc.scheme_id AND i.code = l.item
ON CONFLICT (scorecard_id, item_id) DO NOTHING;

-- Their history: created and submitted by each province, reviewed by the head (Thái Bình's own card by the deputy Nam
-- Định), confirmed at the conference.
INSERT INTO scorecard_step (scorecard_id, action, from_status, to_status, actor_subject, actor_role, actor_province_code, at, note)
SELECT sc.id, h.action, h.from_status, h.to_status,
       CASE h.who WHEN 'member' THEN 'demo.' || m.account WHEN 'head' THEN
            CASE WHEN m.code = '34' THEN 'demo.namdinh' ELSE 'demo.thaibinh' END END,
       'province',
       CASE h.who WHEN 'member' THEN m.code ELSE CASE WHEN m.code = '34' THEN '36' ELSE '34' END END,
       h.at::timestamptz, h.note
  FROM (VALUES ('26', 'vinhphuc'), ('27', 'bacninh'), ('22', 'quangninh'), ('30', 'haiduong'), ('33', 'hungyen'),
               ('34', 'thaibinh'), ('35', 'hanam'), ('36', 'namdinh'), ('37', 'ninhbinh')) AS m (code, account)
  CROSS JOIN (VALUES
    ('CREATE', NULL, 'DRAFT', 'member', '2024-01-08 08:00+07', NULL),
    ('SUBMIT', 'DRAFT', 'SUBMITTED', 'member', '2024-01-15 09:00+07', NULL),
    ('REVIEW', 'SUBMITTED', 'REVIEWED', 'head', '2024-03-05 10:00+07', 'Thẩm định kết quả tự chấm điểm năm 2023.'),
    ('CONFIRM', 'REVIEWED', 'CONFIRMED', 'head', '2024-03-13 11:00+07',
     'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 thống nhất kết quả chấm điểm.')
  ) AS h (action, from_status, to_status, who, at, note)
  JOIN province p ON p.code = m.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-01'
  JOIN cluster c ON c.code = 'DBSH'
  JOIN scorecard sc ON sc.cluster_id = c.id AND sc.province_id = p.id AND sc.year = 2023
 WHERE NOT EXISTS (SELECT 1 FROM scorecard_step x WHERE x.scorecard_id = sc.id AND x.action = h.action);

-- The election for 2024 at the same conference: the nine members of 2023 are the 2024 members (R__demo_data_4);
-- Nam Định (illustrative) heads, Hải Dương deputises.
INSERT INTO election (cluster_id, year, held_on, place, members_present, head_province_id, head_votes, note, created_at)
SELECT c.id, 2024, DATE '2024-03-13', 'Thành phố Thái Bình', 9, p.id, 9,
       'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024 của Cụm.',
       '2024-03-13 11:30+07'
  FROM cluster c
  JOIN province p ON p.code = '36' AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2024-07-01'
 WHERE c.code = 'DBSH'
   AND EXISTS (SELECT 1 FROM membership m WHERE m.cluster_id = c.id AND m.year = 2024 AND m.province_id = p.id)
ON CONFLICT (cluster_id, year) DO NOTHING;

INSERT INTO election_deputy (election_id, province_id, votes, position)
SELECT e.id, p.id, 9, 0
  FROM cluster c
  JOIN election e ON e.cluster_id = c.id AND e.year = 2024
  JOIN province p ON p.code = '30' AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2024-07-01'
 WHERE c.code = 'DBSH'
ON CONFLICT (election_id, province_id) DO NOTHING;

-- The roles the election set: the head first freed (one head per cluster and year), then named.
UPDATE membership m SET role = 'HEAD', version = m.version + 1
  FROM cluster c, election e
 WHERE c.code = 'DBSH' AND m.cluster_id = c.id AND m.year = 2024 AND e.cluster_id = c.id AND e.year = 2024
   AND m.province_id = e.head_province_id AND m.role <> 'HEAD'
   AND NOT EXISTS (SELECT 1 FROM membership h WHERE h.cluster_id = c.id AND h.year = 2024 AND h.role = 'HEAD');
UPDATE membership m SET role = 'DEPUTY', version = m.version + 1
  FROM cluster c, election e, election_deputy d
 WHERE c.code = 'DBSH' AND m.cluster_id = c.id AND m.year = 2024 AND e.cluster_id = c.id AND e.year = 2024
   AND d.election_id = e.id AND m.province_id = d.province_id AND m.role <> 'DEPUTY';
