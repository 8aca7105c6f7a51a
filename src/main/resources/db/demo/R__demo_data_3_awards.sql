-- Demo data for dev mode only: award recommendations of the Red River Delta provinces cluster (DBSH)
-- for 2023 (docs/DOMAIN.md, "The reference case"). Runs after R__demo_data.sql (cluster and members).
-- Facts from the sources: Nam Định received the 2023 Government Emulation Flag by a decision signed on
-- 2024-10-14; FrieslandCampina Hà Nam was presented as an exemplary model. Everything else is
-- illustrative: the decision numbers, the vote figures, the dates before the decision, and the
-- individual nominees (invented names), chosen so that every workflow state appears once.
-- Idempotent: rows are matched by cluster, year, award type and nominee name, history rows by action and time.
--
-- Hand count (checked by DemoAwardStatisticsTest): 10 recommendations, 1 ad hoc, 7 to individuals of whom
-- 5 are direct workers; 2 approved, of which 1 to an individual who is a direct worker.
INSERT INTO award_recommendation (cluster_id, year, award_type_id, award_type_code, kind, nominee_kind, nominee_name,
                                  nominee_province_id, nominee_organisation, nominee_position, direct_worker,
                                  proposing_province_id, movement_id, achievements, status, members_present, votes_for,
                                  votes_against, votes_abstaining, decision_number, decision_date, deciding_authority,
                                  reason, created_at, updated_at)
SELECT c.id, 2023, t.id, t.code, d.kind, d.nominee_kind, d.nominee_name, np.id, d.organisation, d.position, d.direct,
       pp.id, m.id, d.achievements, d.status, d.present, d.votes_for, d.votes_against, d.abstaining, d.decision_number,
       d.decision_date::date, d.authority, d.reason, d.created_at::timestamptz, d.updated_at::timestamptz
  FROM (VALUES
    ('GOV_EMULATION_FLAG', 'MERIT', 'COLLECTIVE', 'Tỉnh Nam Định', '36', 'Ủy ban nhân dân tỉnh Nam Định', NULL, false, '36', NULL,
     'Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023; hoàn thành vượt mức các chỉ tiêu thu ngân sách và xây dựng nông thôn mới.',
     'APPROVED', 9, 8, 1, 0, '1234/QĐ-TTg', '2024-10-14', 'Thủ tướng Chính phủ', NULL,
     '2024-01-15 09:30+07', '2024-10-15 08:00+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'THEMATIC', 'COLLECTIVE', 'Công ty TNHH FrieslandCampina Hà Nam', '35',
     'Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam', NULL, false, '35', 'NONG-THON-MOI',
     'Điển hình tiên tiến trong phong trào xây dựng nông thôn mới; hỗ trợ nông dân phát triển chăn nuôi bò sữa.',
     'FORWARDED', 9, 9, 0, 0, NULL, NULL, NULL, NULL, '2024-01-16 14:00+07', '2024-03-25 08:00+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'AD_HOC', 'INDIVIDUAL', 'Phạm Văn Cường', '22', 'Công ty Than Hà Tu', 'Thợ lò', true, '22', NULL,
     'Dũng cảm cứu đồng nghiệp trong sự cố sập lò tháng 11 năm 2023.',
     'ENDORSED', 8, 7, 1, 0, NULL, NULL, NULL, NULL, '2024-01-17 08:00+07', '2024-03-20 10:20+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'MERIT', 'INDIVIDUAL', 'Trần Văn Hùng', '36', 'Hợp tác xã nông nghiệp Hải Hậu', 'Xã viên', true, '36',
     'NONG-THON-MOI', 'Dẫn đầu phong trào sản xuất lúa chất lượng cao của huyện Hải Hậu.',
     'RETURNED', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'Bổ sung số liệu thu ngân sách năm 2023 và xác nhận của Sở Nội vụ.', '2024-01-16 10:00+07', '2024-02-01 10:00+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'MERIT', 'INDIVIDUAL', 'Nguyễn Thị Lan', '37', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Bình',
     'Phó Giám đốc', false, '37', 'NONG-THON-MOI', 'Tham mưu hoàn thành 100% xã đạt chuẩn nông thôn mới của tỉnh.',
     'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-01-18 15:00+07', '2024-01-25 09:00+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'MERIT', 'INDIVIDUAL', 'Lê Thị Hoa', '33', 'Công ty Cổ phần May Hưng Yên', 'Công nhân may', true, '33',
     NULL, 'Hoàn thành xuất sắc định mức sản xuất năm 2023; có 2 sáng kiến cải tiến kỹ thuật.',
     'DRAFT', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-01-19 11:00+07', '2024-01-19 11:00+07'),
    ('LABOUR_ORDER_3', 'MERIT', 'COLLECTIVE', 'Ủy ban nhân dân huyện Kim Sơn', '37', 'Ủy ban nhân dân huyện Kim Sơn', NULL, false, '37',
     'VI-NGUOI-NGHEO', 'Giảm tỷ lệ hộ nghèo nhanh hơn bình quân của tỉnh trong giai đoạn 2021–2023.',
     'NOT_ENDORSED', 6, 3, 2, 1, NULL, NULL, NULL, NULL, '2024-01-18 09:00+07', '2024-03-20 10:30+07'),
    ('NATIONAL_EMULATION_FIGHTER', 'MERIT', 'INDIVIDUAL', 'Vũ Đức Minh', '30', 'Ủy ban nhân dân xã Thanh Hải', 'Chủ tịch', false, '30',
     'HA-TANG-TIET-KIEM', 'Hai lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh; chỉ đạo xây dựng hạ tầng giao thông nông thôn.',
     'REJECTED', 9, 7, 2, 0, NULL, NULL, NULL,
     'Chưa có sáng kiến được công nhận, áp dụng trong phạm vi toàn quốc (Điều 21 Luật Thi đua, khen thưởng).',
     '2024-01-17 14:00+07', '2024-06-10 09:00+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'MERIT', 'INDIVIDUAL', 'Đỗ Thị Mai', '26', 'Công ty Honda Việt Nam', 'Công nhân lắp ráp', true, '26',
     NULL, 'Hoàn thành xuất sắc nhiệm vụ năm 2023.',
     'WITHDRAWN', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-01-16 16:00+07', '2024-02-05 15:00+07'),
    ('PM_CERTIFICATE_OF_MERIT', 'MERIT', 'INDIVIDUAL', 'Nguyễn Văn Tâm', '34', 'Hợp tác xã dịch vụ nông nghiệp Vũ Thắng', 'Nông dân',
     true, '34', 'NONG-THON-MOI', 'Nông dân sản xuất, kinh doanh giỏi cấp trung ương; tạo việc làm cho 40 lao động địa phương.',
     'APPROVED', 9, 9, 0, 0, '5678/QĐ-TTg', '2024-07-02', 'Thủ tướng Chính phủ', NULL,
     '2024-01-15 10:00+07', '2024-07-03 08:00+07')
  ) AS d (award, kind, nominee_kind, nominee_name, nominee_code, organisation, position, direct, proposer_code, movement,
          achievements, status, present, votes_for, votes_against, abstaining, decision_number, decision_date, authority,
          reason, created_at, updated_at)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN award_type t ON t.code = d.award
  JOIN province np ON np.code = d.nominee_code AND daterange(np.valid_from, np.valid_to, '[]') @> DATE '2023-07-01'
  JOIN province pp ON pp.code = d.proposer_code AND daterange(pp.valid_from, pp.valid_to, '[]') @> DATE '2023-07-01'
  LEFT JOIN movement m ON m.code = d.movement
 WHERE NOT EXISTS (SELECT 1 FROM award_recommendation r
                    WHERE r.cluster_id = c.id AND r.year = 2023 AND r.award_type_id = t.id AND r.nominee_name = d.nominee_name);

-- Their history: who did what, when (subjects are demo accounts of the provincial offices and the Central Committee).
INSERT INTO award_recommendation_step (recommendation_id, action, from_status, to_status, actor_subject, actor_role,
                                         actor_province_code, at, note)
SELECT r.id, h.action, h.from_status, h.to_status, h.subject, h.role, h.province, h.at::timestamptz, h.note
  FROM (VALUES
    ('GOV_EMULATION_FLAG', 'Tỉnh Nam Định', 'CREATE', NULL, 'DRAFT', 'demo.namdinh', 'province', '36', '2024-01-15 09:30+07', NULL),
    ('GOV_EMULATION_FLAG', 'Tỉnh Nam Định', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.namdinh', 'province', '36', '2024-01-20 09:00+07',
     'Gửi hồ sơ kèm tờ trình của Ủy ban nhân dân tỉnh Nam Định.'),
    ('GOV_EMULATION_FLAG', 'Tỉnh Nam Định', 'VOTE', 'SUBMITTED', 'ENDORSED', 'demo.thaibinh', 'province', '34', '2024-03-20 10:15+07',
     'Hội nghị tổng kết công tác thi đua Cụm năm 2023. 9 of 9 members present; 8 for, 1 against, 0 abstaining.'),
    ('GOV_EMULATION_FLAG', 'Tỉnh Nam Định', 'FORWARD', 'ENDORSED', 'FORWARDED', 'demo.thaibinh', 'province', '34', '2024-03-25 08:00+07',
     'Tờ trình của Cụm trưởng gửi Ban Thi đua - Khen thưởng Trung ương.'),
    ('GOV_EMULATION_FLAG', 'Tỉnh Nam Định', 'DECIDE', 'FORWARDED', 'APPROVED', 'demo.central', 'central', NULL, '2024-10-15 08:00+07',
     'Decision 1234/QĐ-TTg of 2024-10-14, Thủ tướng Chính phủ.'),
    ('PM_CERTIFICATE_OF_MERIT', 'Công ty TNHH FrieslandCampina Hà Nam', 'CREATE', NULL, 'DRAFT', 'demo.hanam', 'province', '35', '2024-01-16 14:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Công ty TNHH FrieslandCampina Hà Nam', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.hanam', 'province', '35', '2024-01-22 09:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Công ty TNHH FrieslandCampina Hà Nam', 'VOTE', 'SUBMITTED', 'ENDORSED', 'demo.thaibinh', 'province', '34',
     '2024-03-20 10:10+07', '9 of 9 members present; 9 for, 0 against, 0 abstaining.'),
    ('PM_CERTIFICATE_OF_MERIT', 'Công ty TNHH FrieslandCampina Hà Nam', 'FORWARD', 'ENDORSED', 'FORWARDED', 'demo.thaibinh', 'province', '34',
     '2024-03-25 08:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Phạm Văn Cường', 'CREATE', NULL, 'DRAFT', 'demo.quangninh', 'province', '22', '2024-01-17 08:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Phạm Văn Cường', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.quangninh', 'province', '22', '2024-01-23 08:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Phạm Văn Cường', 'VOTE', 'SUBMITTED', 'ENDORSED', 'demo.thaibinh', 'province', '34', '2024-03-20 10:20+07',
     '8 of 9 members present; 7 for, 1 against, 0 abstaining.'),
    ('PM_CERTIFICATE_OF_MERIT', 'Trần Văn Hùng', 'CREATE', NULL, 'DRAFT', 'demo.namdinh', 'province', '36', '2024-01-16 10:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Trần Văn Hùng', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.namdinh', 'province', '36', '2024-01-20 09:05+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Trần Văn Hùng', 'RETURN', 'SUBMITTED', 'RETURNED', 'demo.thaibinh', 'province', '34', '2024-02-01 10:00+07',
     'Bổ sung số liệu thu ngân sách năm 2023 và xác nhận của Sở Nội vụ.'),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Thị Lan', 'CREATE', NULL, 'DRAFT', 'demo.ninhbinh', 'province', '37', '2024-01-18 15:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Thị Lan', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.ninhbinh', 'province', '37', '2024-01-25 09:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Lê Thị Hoa', 'CREATE', NULL, 'DRAFT', 'demo.hungyen', 'province', '33', '2024-01-19 11:00+07', NULL),
    ('LABOUR_ORDER_3', 'Ủy ban nhân dân huyện Kim Sơn', 'CREATE', NULL, 'DRAFT', 'demo.ninhbinh', 'province', '37', '2024-01-18 09:00+07', NULL),
    ('LABOUR_ORDER_3', 'Ủy ban nhân dân huyện Kim Sơn', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.ninhbinh', 'province', '37', '2024-01-25 09:10+07', NULL),
    ('LABOUR_ORDER_3', 'Ủy ban nhân dân huyện Kim Sơn', 'VOTE', 'SUBMITTED', 'NOT_ENDORSED', 'demo.thaibinh', 'province', '34', '2024-03-20 10:30+07',
     '6 of 9 members present; 3 for, 2 against, 1 abstaining; no majority of those present.'),
    ('NATIONAL_EMULATION_FIGHTER', 'Vũ Đức Minh', 'CREATE', NULL, 'DRAFT', 'demo.haiduong', 'province', '30', '2024-01-17 14:00+07', NULL),
    ('NATIONAL_EMULATION_FIGHTER', 'Vũ Đức Minh', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.haiduong', 'province', '30', '2024-01-24 08:30+07', NULL),
    ('NATIONAL_EMULATION_FIGHTER', 'Vũ Đức Minh', 'VOTE', 'SUBMITTED', 'ENDORSED', 'demo.thaibinh', 'province', '34', '2024-03-20 10:25+07',
     '9 of 9 members present; 7 for, 2 against, 0 abstaining.'),
    ('NATIONAL_EMULATION_FIGHTER', 'Vũ Đức Minh', 'FORWARD', 'ENDORSED', 'FORWARDED', 'demo.thaibinh', 'province', '34', '2024-03-25 08:00+07', NULL),
    ('NATIONAL_EMULATION_FIGHTER', 'Vũ Đức Minh', 'DECIDE', 'FORWARDED', 'REJECTED', 'demo.central', 'central', NULL, '2024-06-10 09:00+07',
     'Chưa có sáng kiến được công nhận, áp dụng trong phạm vi toàn quốc (Điều 21 Luật Thi đua, khen thưởng).'),
    ('PM_CERTIFICATE_OF_MERIT', 'Đỗ Thị Mai', 'CREATE', NULL, 'DRAFT', 'demo.vinhphuc', 'province', '26', '2024-01-16 16:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Đỗ Thị Mai', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.vinhphuc', 'province', '26', '2024-01-22 10:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Đỗ Thị Mai', 'WITHDRAW', 'SUBMITTED', 'WITHDRAWN', 'demo.vinhphuc', 'province', '26', '2024-02-05 15:00+07',
     'Đơn vị xin rút hồ sơ để hoàn thiện năm sau.'),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Văn Tâm', 'CREATE', NULL, 'DRAFT', 'demo.thaibinh', 'province', '34', '2024-01-15 10:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Văn Tâm', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'demo.thaibinh', 'province', '34', '2024-01-20 10:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Văn Tâm', 'VOTE', 'SUBMITTED', 'ENDORSED', 'demo.thaibinh', 'province', '34', '2024-03-20 10:05+07',
     '9 of 9 members present; 9 for, 0 against, 0 abstaining.'),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Văn Tâm', 'FORWARD', 'ENDORSED', 'FORWARDED', 'demo.thaibinh', 'province', '34', '2024-03-25 08:00+07', NULL),
    ('PM_CERTIFICATE_OF_MERIT', 'Nguyễn Văn Tâm', 'DECIDE', 'FORWARDED', 'APPROVED', 'demo.central', 'central', NULL, '2024-07-03 08:00+07',
     'Decision 5678/QĐ-TTg of 2024-07-02, Thủ tướng Chính phủ.')
  ) AS h (award, nominee, action, from_status, to_status, subject, role, province, at, note)
  JOIN cluster c ON c.code = 'DBSH'
  JOIN award_recommendation r ON r.cluster_id = c.id AND r.year = 2023 AND r.award_type_code = h.award AND r.nominee_name = h.nominee
 WHERE NOT EXISTS (SELECT 1 FROM award_recommendation_step a
                    WHERE a.recommendation_id = r.id AND a.action = h.action AND a.at = h.at::timestamptz);
