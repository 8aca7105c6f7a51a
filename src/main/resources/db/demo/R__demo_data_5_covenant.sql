-- Demo data for dev mode only: the 2023 emulation covenant of the Red River Delta provinces cluster (DBSH).
-- ILLUSTRATIVE: the items and their targets, and the signing on 2023-03-29 in Thái Bình (the head of 2023; the sources
-- list a Thái Bình article of that day on the cluster, not its content). The signatories of Thái Bình, Nam Định and Hà
-- Nam are the Vice-Chairs named by the seed article of the 2023 mid-year review; the others are left unnamed.
-- The items follow the movements of the reference case (docs/DOMAIN.md). Idempotent.

INSERT INTO covenant (cluster_id, year, title, status, created_at, updated_at)
SELECT c.id, 2023, 'Giao ước thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng', 'DRAFT',
       '2023-03-10 09:00+07', '2023-03-10 09:00+07'
  FROM cluster c WHERE c.code = 'DBSH'
ON CONFLICT (cluster_id, year) DO NOTHING;

INSERT INTO covenant_item (covenant_id, revision, position, text, indicator_id, target_value)
SELECT v.id, 0, i.position, i.text, ind.id, i.target
  FROM (VALUES
    (0, 'Thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2023; phấn đấu thu ngân sách nhà nước trên địa bàn toàn Cụm vượt dự toán được giao.',
     'BUDGET_REVENUE', 230000),
    (1, 'Đẩy mạnh phong trào “Cả nước chung sức xây dựng nông thôn mới”; phấn đấu toàn Cụm có ít nhất 1.400 xã đạt chuẩn nông thôn mới.',
     'NTM_COMMUNES', 1400),
    (2, 'Thực hiện phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”; giảm tỷ lệ hộ nghèo nhanh hơn bình quân cả nước.',
     NULL, NULL),
    (3, 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí.', NULL, NULL),
    (4, 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở; đẩy mạnh cải cách hành chính.', NULL, NULL),
    (5, 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; thực hiện đầy đủ, đúng hạn chế độ thông tin, báo cáo của Cụm.',
     NULL, NULL)
  ) AS i (position, text, indicator, target)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN covenant v ON v.cluster_id = c.id AND v.year = 2023 AND v.status = 'DRAFT'
  LEFT JOIN indicator ind ON ind.code = i.indicator
ON CONFLICT (covenant_id, revision, position) DO NOTHING;

INSERT INTO covenant_signatory (covenant_id, province_id, name, title)
SELECT v.id, p.id, s.name, s.title
  FROM (VALUES
    ('34', 'Lại Văn Hoàn', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình'),
    ('35', 'Trần Xuân Dưỡng', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam'),
    ('36', 'Hà Lan Anh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định'),
    ('22', 'Đại diện lãnh đạo Ủy ban nhân dân tỉnh (minh họa)', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh'),
    ('26', 'Đại diện lãnh đạo Ủy ban nhân dân tỉnh (minh họa)', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc'),
    ('27', 'Đại diện lãnh đạo Ủy ban nhân dân tỉnh (minh họa)', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh'),
    ('30', 'Đại diện lãnh đạo Ủy ban nhân dân tỉnh (minh họa)', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Hải Dương'),
    ('33', 'Đại diện lãnh đạo Ủy ban nhân dân tỉnh (minh họa)', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên'),
    ('37', 'Đại diện lãnh đạo Ủy ban nhân dân tỉnh (minh họa)', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình')
  ) AS s (code, name, title)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN covenant v ON v.cluster_id = c.id AND v.year = 2023 AND v.status = 'DRAFT'
  JOIN province p ON p.code = s.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-03-29'
ON CONFLICT (covenant_id, province_id) DO NOTHING;

UPDATE covenant v SET status = 'SIGNED', signed_on = DATE '2023-03-29', place = 'Thành phố Thái Bình',
       host_province_id = p.id, updated_at = '2023-03-29 11:00+07', version = v.version + 1
  FROM cluster c, province p
 WHERE c.code = 'DBSH' AND v.cluster_id = c.id AND v.year = 2023 AND v.status = 'DRAFT'
   AND p.code = '34' AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-03-29';

INSERT INTO covenant_step (covenant_id, action, from_status, to_status, actor_subject, actor_role, actor_province_code, at, note)
SELECT v.id, h.action, h.from_status, h.to_status, 'demo.thaibinh', 'province', '34', h.at::timestamptz, h.note
  FROM (VALUES
    ('CREATE', NULL, 'DRAFT', '2023-03-10 09:00+07', NULL),
    ('SIGN', 'DRAFT', 'SIGNED', '2023-03-29 11:00+07',
     'Ký kết tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm.')
  ) AS h (action, from_status, to_status, at, note)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN covenant v ON v.cluster_id = c.id AND v.year = 2023
 WHERE NOT EXISTS (SELECT 1 FROM covenant_step x WHERE x.covenant_id = v.id AND x.action = h.action);
