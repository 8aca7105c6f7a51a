-- Demo data for dev mode only: the 2023 mid-year review of the Red River Delta provinces cluster (DBSH), the conference
-- of the seed article (docs/DOMAIN.md, "The reference case"), and the exemplary models met there.
-- From the sources: held on 2023-07-26 in Phủ Lý, hosted by Hà Nam; Thái Bình head, Nam Định and Hà Nam deputies, with
-- their Vice-Chairs (Lại Văn Hoàn, Hà Lan Anh, Trần Xuân Dưỡng); Đỗ Ngọc Toàn of the Central Committee; the emulation
-- offices of the nine provinces; Hưng Yên's presentation led by Nguyễn Thị Tươi, Deputy Director of its Department of
-- Home Affairs; the exchange with the exemplary models of Hà Nam, Ninh Bình and Hải Dương in the new-rural movement
-- (2021–2025); the visit, on the afternoon of 2023-07-25, to FrieslandCampina Hà Nam and Địa Tạng Phi Lai pagoda; tasks
-- for the second half were set. The programme is recorded as 2023-07-25 to 2023-07-26 (the visit opened it).
-- ILLUSTRATIVE: the titles of the six delegations whose heads the sources do not name (titles only, no names), the
-- three models' names (the sources name their provinces, not them), the wording of the tasks, the report item.
-- Runs after R__demo_data_2_reports.sql (the reports reviewed). Idempotent.

INSERT INTO exemplary_model (name, kind, province_id, movement_id, from_year, to_year, achievements, created_at, updated_at)
SELECT d.name, d.kind, p.id, m.id, d.from_year, d.to_year, d.achievements, TIMESTAMPTZ '2023-07-20 09:00+07',
       TIMESTAMPTZ '2023-07-20 09:00+07'
  FROM (VALUES
    ('Công ty TNHH FrieslandCampina Hà Nam', 'COMPANY', '35', 2023, NULL,
     'Điển hình tiên tiến trong phong trào xây dựng nông thôn mới; hỗ trợ nông dân phát triển chăn nuôi bò sữa.'),
    ('Điển hình tiên tiến xây dựng nông thôn mới của tỉnh Hà Nam (minh họa)', 'COLLECTIVE', '35', 2021, 2025,
     'Minh họa: tập thể tiêu biểu trong phong trào “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021–2025.'),
    ('Điển hình tiên tiến xây dựng nông thôn mới của tỉnh Ninh Bình (minh họa)', 'COLLECTIVE', '37', 2021, 2025,
     'Minh họa: tập thể tiêu biểu trong phong trào “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021–2025.'),
    ('Điển hình tiên tiến xây dựng nông thôn mới của tỉnh Hải Dương (minh họa)', 'COLLECTIVE', '30', 2021, 2025,
     'Minh họa: tập thể tiêu biểu trong phong trào “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021–2025.')
  ) AS d (name, kind, code, from_year, to_year, achievements)
  JOIN province p ON p.code = d.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-26'
  JOIN movement m ON m.code = 'NONG-THON-MOI'
ON CONFLICT (name_folded, province_id, coalesce(movement_id, 0)) DO NOTHING;

INSERT INTO conference (cluster_id, year, kind, title, starts_on, ends_on, place, host_province_id, created_at, updated_at)
SELECT c.id, 2023, 'MID_YEAR_REVIEW',
       'Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng',
       DATE '2023-07-25', DATE '2023-07-26', 'Thành phố Phủ Lý, tỉnh Hà Nam', p.id,
       TIMESTAMPTZ '2023-07-27 09:00+07', TIMESTAMPTZ '2023-07-27 09:00+07'
  FROM cluster c
  JOIN province p ON p.code = '35' AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-26'
 WHERE c.code = 'DBSH'
ON CONFLICT (cluster_id, year, kind) WHERE kind <> 'OTHER' DO NOTHING;

CREATE TEMPORARY VIEW demo_midyear_2023 AS
SELECT f.* FROM conference f JOIN cluster c ON c.id = f.cluster_id
 WHERE c.code = 'DBSH' AND f.year = 2023 AND f.kind = 'MID_YEAR_REVIEW';

INSERT INTO conference_delegation (conference_id, province_id, position, head_name, head_title)
SELECT f.id, p.id, d.position, d.head_name, d.head_title
  FROM (VALUES
    (0, '34', 'Lại Văn Hoàn', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình (tỉnh Cụm trưởng)'),
    (1, '36', 'Hà Lan Anh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định (tỉnh Cụm phó)'),
    (2, '35', 'Trần Xuân Dưỡng', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam (tỉnh Cụm phó, chủ nhà)'),
    (3, '33', 'Nguyễn Thị Tươi', 'Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên'),
    (4, '26', NULL, 'Đại diện Ban Thi đua - Khen thưởng tỉnh Vĩnh Phúc'),
    (5, '27', NULL, 'Đại diện Ban Thi đua - Khen thưởng tỉnh Bắc Ninh'),
    (6, '22', NULL, 'Đại diện Ban Thi đua - Khen thưởng tỉnh Quảng Ninh'),
    (7, '30', NULL, 'Đại diện Ban Thi đua - Khen thưởng tỉnh Hải Dương'),
    (8, '37', NULL, 'Đại diện Ban Thi đua - Khen thưởng tỉnh Ninh Bình')
  ) AS d (position, code, head_name, head_title)
  CROSS JOIN demo_midyear_2023 f
  JOIN province p ON p.code = d.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-26'
ON CONFLICT (conference_id, province_id) DO NOTHING;

INSERT INTO conference_representative (conference_id, position, name, title)
SELECT f.id, 0, 'Đỗ Ngọc Toàn', 'Phó Trưởng phòng Pháp chế - Thanh tra, Ban Thi đua - Khen thưởng Trung ương'
  FROM demo_midyear_2023 f
ON CONFLICT (conference_id, position) DO NOTHING;

INSERT INTO conference_agenda_item (conference_id, position, kind, title, held_on, province_id, speaker_name, speaker_title)
SELECT f.id, a.position, a.kind, a.title, a.held_on, p.id, a.speaker_name, a.speaker_title
  FROM (VALUES
    (0, 'FIELD_VISIT', 'Thăm Công ty TNHH FrieslandCampina Hà Nam, điển hình tiên tiến', DATE '2023-07-25', '35',
     NULL, NULL),
    (1, 'FIELD_VISIT', 'Thăm chùa Địa Tạng Phi Lai (huyện Thanh Liêm, tỉnh Hà Nam)', DATE '2023-07-25', '35', NULL, NULL),
    (2, 'REPORT', 'Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm của Cụm',
     DATE '2023-07-26', '34', NULL, NULL),
    (3, 'PRESENTATION', 'Tham luận của tỉnh Hưng Yên về công tác thi đua, khen thưởng', DATE '2023-07-26', '33',
     'Nguyễn Thị Tươi', 'Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên'),
    (4, 'EXCHANGE', 'Giao lưu với các điển hình tiên tiến của các tỉnh Hà Nam, Ninh Bình, Hải Dương trong phong trào “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021–2025',
     DATE '2023-07-26', NULL, NULL, NULL)
  ) AS a (position, kind, title, held_on, code, speaker_name, speaker_title)
  CROSS JOIN demo_midyear_2023 f
  LEFT JOIN province p ON p.code = a.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-26'
 WHERE NOT EXISTS (SELECT 1 FROM conference_agenda_item i WHERE i.conference_id = f.id);

INSERT INTO conference_agenda_model (agenda_item_id, exemplary_model_id)
SELECT i.id, m.id
  FROM (VALUES
    (0, 'Công ty TNHH FrieslandCampina Hà Nam'),
    (4, 'Điển hình tiên tiến xây dựng nông thôn mới của tỉnh Hà Nam (minh họa)'),
    (4, 'Điển hình tiên tiến xây dựng nông thôn mới của tỉnh Ninh Bình (minh họa)'),
    (4, 'Điển hình tiên tiến xây dựng nông thôn mới của tỉnh Hải Dương (minh họa)')
  ) AS l (position, name)
  CROSS JOIN demo_midyear_2023 f
  JOIN conference_agenda_item i ON i.conference_id = f.id AND i.position = l.position
  JOIN exemplary_model m ON m.name = l.name
ON CONFLICT (agenda_item_id, exemplary_model_id) DO NOTHING;

INSERT INTO conference_task (conference_id, position, text)
SELECT f.id, t.position, t.text
  FROM (VALUES
    (0, 'Minh họa: tiếp tục đẩy mạnh các phong trào thi đua, phấn đấu hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2023.'),
    (1, 'Minh họa: thực hiện tốt các nội dung giao ước thi đua năm 2023 của Cụm; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.'),
    (2, 'Minh họa: chuẩn bị tổng kết công tác thi đua, khen thưởng năm 2023, chấm điểm, xếp hạng và bình xét đề nghị khen thưởng.')
  ) AS t (position, text)
  CROSS JOIN demo_midyear_2023 f
ON CONFLICT (conference_id, position) DO NOTHING;

-- The reports reviewed: the nine members' accepted reports for the first half of 2023.
INSERT INTO conference_report (conference_id, report_id)
SELECT f.id, r.id
  FROM demo_midyear_2023 f
  JOIN report r ON r.cluster_id = f.cluster_id AND r.year = 2023 AND r.period = 'H1' AND r.submitted_at IS NOT NULL
ON CONFLICT (conference_id, report_id) DO NOTHING;

DROP VIEW demo_midyear_2023;
