package vn.thidua.scoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.workflow.State;

@Schema(name = "ScorecardStatus", description = "DRAFT: the member is scoring itself (tự chấm); SUBMITTED: sent to the "
        + "cluster head; RETURNED: sent back with a reason, to correct and submit again; REVIEWED: the head (a deputy for "
        + "the head's own card) set the agreed points (đã thẩm định); CONFIRMED: the cluster confirmed the final points "
        + "(final; counted in the ranking).")
public enum ScorecardStatus implements State<ScorecardAction> {
    DRAFT(List.of(ScorecardAction.UPDATE, ScorecardAction.SUBMIT)),
    SUBMITTED(List.of(ScorecardAction.REVIEW, ScorecardAction.RETURN)),
    RETURNED(List.of(ScorecardAction.UPDATE, ScorecardAction.SUBMIT)),
    REVIEWED(List.of(ScorecardAction.CONFIRM, ScorecardAction.REVIEW, ScorecardAction.RETURN)),
    CONFIRMED(List.of());

    private final List<ScorecardAction> allowed;

    ScorecardStatus(List<ScorecardAction> allowed) {
        this.allowed = allowed;
    }

    @Override
    public List<ScorecardAction> allowed() {
        return allowed;
    }
}
