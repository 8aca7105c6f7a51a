-- Demo data for dev mode only (never on the production migration path).
-- The Red River Delta provinces cluster of 2023, as in docs/DOMAIN.md ("The reference case"):
-- head Thái Bình, deputies Nam Định and Hà Nam. Idempotent, so a re-run changes nothing.
INSERT INTO cluster (code, name, kind, description)
VALUES ('DBSH', 'Cụm thi đua các tỉnh Đồng bằng sông Hồng', 'PROVINCES',
        'Cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức, gồm các tỉnh vùng Đồng bằng sông Hồng (trừ Hà Nội và Hải Phòng).')
ON CONFLICT (code) DO NOTHING;

INSERT INTO membership (cluster_id, cluster_kind, province_id, year, role)
SELECT c.id, c.kind, p.id, 2023, m.role
  FROM (VALUES ('26', 'MEMBER'), ('27', 'MEMBER'), ('22', 'MEMBER'), ('30', 'MEMBER'), ('33', 'MEMBER'),
               ('34', 'HEAD'), ('35', 'DEPUTY'), ('36', 'DEPUTY'), ('37', 'MEMBER')) AS m (code, role)
  JOIN province p ON p.code = m.code AND daterange(p.valid_from, p.valid_to, '[]') @> DATE '2023-07-01'
  JOIN cluster c ON c.code = 'DBSH'
ON CONFLICT DO NOTHING;
