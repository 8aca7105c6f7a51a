package vn.thidua.scoring;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "ScorecardStep", description = "One step in a scorecard's history.")
public record ScorecardStepView(
        @Schema(required = true)
        ScorecardAction action,
        @Schema(description = "The card's status before the step (absent for CREATE).")
        ScorecardStatus statusBefore,
        @Schema(description = "The card's status after the step.", required = true)
        ScorecardStatus statusAfter,
        @Schema(description = "Who did it: the token's subject.", example = "can-bo-tdkt@thaibinh.gov.vn", required = true)
        String actorSubject,
        @Schema(description = "The role they acted in.", example = "province", required = true)
        String actorRole,
        @Schema(description = "For a province officer, their province code.", example = "34")
        String actorProvinceCode,
        @Schema(description = "When.", example = "2024-01-10T03:00:00Z", required = true)
        OffsetDateTime at,
        @Schema(description = "The note given with the action; for RETURN, the reason.",
                example = "Đề nghị bổ sung minh chứng tiêu chí I.1.")
        String note) {

    static ScorecardStepView of(ScorecardStep step) {
        return new ScorecardStepView(step.action, step.fromStatus, step.toStatus, step.actorSubject, step.actorRole,
                step.actorProvinceCode, step.at, step.note);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ScorecardStepPage", description = "One page of a scorecard's history, oldest first.")
    public static final class Page extends PageView<ScorecardStepView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
