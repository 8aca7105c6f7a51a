package vn.thidua.report;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "ReportAction", description = "One step in a report's history.")
public record ReportStepView(
        @Schema(required = true)
        ReportAction action,
        @Schema(description = "The report's status after the step.", required = true)
        ReportStatus statusAfter,
        @Schema(description = "Who did it: the token's subject.", example = "can-bo-tdkt@thaibinh.gov.vn", required = true)
        String actorSubject,
        @Schema(description = "The role they acted in.", example = "province", required = true)
        String actorRole,
        @Schema(description = "For a province officer, their province code.", example = "34")
        String actorProvinceCode,
        @Schema(description = "When.", example = "2023-07-20T03:00:00Z", required = true)
        OffsetDateTime at,
        @Schema(description = "The note given with the action; for RETURN, the reason.",
                example = "Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm.")
        String note) {

    static ReportStepView of(ReportStep step) {
        return new ReportStepView(step.action, step.toStatus, step.actorSubject, step.actorRole, step.actorProvinceCode,
                step.at, step.note);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ReportActionPage", description = "One page of a report's history, oldest first.")
    public static final class Page extends PageView<ReportStepView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
