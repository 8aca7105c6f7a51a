package vn.thidua.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.workflow.Action;

/** What can happen to a scorecard. */
@Schema(name = "ScorecardAction", description = "What happened to a scorecard: CREATE, UPDATE (self-assessment replaced), "
        + "SUBMIT, RETURN (with the reason), REVIEW (agreed points set), CONFIRM (final).")
public enum ScorecardAction implements Action {
    CREATE,
    UPDATE,
    SUBMIT,
    RETURN,
    REVIEW,
    CONFIRM
}
