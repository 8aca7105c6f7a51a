package vn.thidua.covenant;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "CovenantStep", description = "One step in a covenant's history.")
public record CovenantStepView(
        @Schema(required = true)
        CovenantAction action,
        @Schema(description = "The status before the step (absent for CREATE).")
        CovenantStatus statusBefore,
        @Schema(description = "The status after the step.", required = true)
        CovenantStatus statusAfter,
        @Schema(description = "Who did it: the token's subject.", example = "can-bo-tdkt@thaibinh.gov.vn", required = true)
        String actorSubject,
        @Schema(description = "The role they acted in.", example = "province", required = true)
        String actorRole,
        @Schema(description = "For a province officer, their province code.", example = "34")
        String actorProvinceCode,
        @Schema(description = "When.", example = "2023-03-29T02:00:00Z", required = true)
        OffsetDateTime at,
        @Schema(description = "The note; for AMEND, the reason of the amendment.",
                example = "Điều chỉnh chỉ tiêu thu ngân sách theo Nghị quyết của Hội đồng nhân dân tỉnh.")
        String note) {

    static CovenantStepView of(CovenantStep step) {
        return new CovenantStepView(step.action, step.fromStatus, step.toStatus, step.actorSubject, step.actorRole,
                step.actorProvinceCode, step.at, step.note);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "CovenantStepPage", description = "One page of a covenant's history, oldest first.")
    public static final class Page extends PageView<CovenantStepView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
