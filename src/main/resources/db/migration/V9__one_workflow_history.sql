-- One workflow kernel, one naming scheme: every workflow's history is a table of steps with the same columns
-- (action, from_status, to_status, actor_subject, actor_role, actor_province_code, at, note).
ALTER TABLE report_action RENAME TO report_step;
ALTER TABLE report_step RENAME COLUMN status_after TO to_status;
ALTER TABLE report_step RENAME COLUMN actor_province TO actor_province_code;
ALTER TABLE report_step ADD COLUMN from_status varchar(10);
UPDATE report_step s SET from_status = (SELECT p.to_status FROM report_step p
                                         WHERE p.report_id = s.report_id AND (p.at, p.id) < (s.at, s.id)
                                         ORDER BY p.at DESC, p.id DESC LIMIT 1);
ALTER TABLE report_step ALTER COLUMN note TYPE varchar(2200);

ALTER TABLE award_recommendation_action RENAME TO award_recommendation_step;
