-- Contract (deploy/README.md, "Upgrades"): V27 gave the release before the previous one (8d7626b) the workflow
-- histories under their old names. The previous release (96852f6, deploy/previous-release) reads and writes them under
-- their new names only, so the views and the trigger that filled what 8d7626b did not write go.
DROP VIEW report_action;
DROP VIEW award_recommendation_action;
DROP TRIGGER report_step_from_status ON report_step;
DROP FUNCTION report_step_from_status();
