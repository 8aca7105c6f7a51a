package vn.thidua.award;

import vn.thidua.workflow.Action;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to a recommendation, as its history records it; all but CREATE and UPDATE are workflow actions. */
@Schema(name = "RecommendationAction", description = "CREATE and UPDATE: the proposer wrote or edited it; SUBMIT: sent to "
        + "the cluster head; RETURN: sent back for correction; VOTE: the cluster's vote recorded; FORWARD: sent on to the "
        + "Central Committee; DECIDE: approved or rejected; WITHDRAW: withdrawn by the proposer; OVERRIDE: central staff let a Government Emulation Flag nominee go ahead "
        + "that is not the member ranked first by the confirmed scores (the reason in the note).")
public enum RecommendationAction implements Action {
    CREATE,
    UPDATE,
    SUBMIT,
    RETURN,
    VOTE,
    FORWARD,
    DECIDE,
    WITHDRAW,
    /** Not a step of the workflow (no state lists it): a central override of the flag-follows-the-ranking rule. */
    OVERRIDE
}
