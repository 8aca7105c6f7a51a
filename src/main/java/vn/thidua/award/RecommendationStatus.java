package vn.thidua.award;

import static vn.thidua.award.RecommendationAction.DECIDE;
import static vn.thidua.award.RecommendationAction.FORWARD;
import static vn.thidua.award.RecommendationAction.RETURN;
import static vn.thidua.award.RecommendationAction.SUBMIT;
import static vn.thidua.award.RecommendationAction.VOTE;
import static vn.thidua.award.RecommendationAction.WITHDRAW;

import java.util.List;
import vn.thidua.workflow.State;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a recommendation is in its life, and the workflow actions each state allows. */
@Schema(name = "RecommendationStatus", description = "DRAFT: being written by the proposing province; SUBMITTED: sent to the "
        + "cluster head; RETURNED: sent back for correction (then edited and submitted again); ENDORSED: the cluster voted "
        + "for it; NOT_ENDORSED: the vote failed (final); FORWARDED: sent on to the Central Committee; APPROVED: the award "
        + "was granted by decision (final); REJECTED: refused (final); WITHDRAWN: withdrawn by the proposer (final).")
public enum RecommendationStatus implements State<RecommendationAction> {
    DRAFT(SUBMIT, WITHDRAW),
    SUBMITTED(RETURN, VOTE, WITHDRAW),
    RETURNED(SUBMIT, WITHDRAW),
    ENDORSED(FORWARD, WITHDRAW),
    NOT_ENDORSED,
    FORWARDED(DECIDE),
    APPROVED,
    REJECTED,
    WITHDRAWN;

    private final List<RecommendationAction> allowed;

    RecommendationStatus(RecommendationAction... allowed) {
        this.allowed = List.of(allowed);
    }

    @Override
    public List<RecommendationAction> allowed() {
        return allowed;
    }

    /** Only a draft or a returned recommendation can be edited (PUT). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
