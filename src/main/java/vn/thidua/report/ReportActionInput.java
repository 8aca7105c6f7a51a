package vn.thidua.report;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportActionInput", description = "A note to a workflow action; required (the reason) for return.")
public record ReportActionInput(
        @Size(max = 2000)
        @Schema(description = "Note recorded in the history; for return, the reason the province reads.",
                example = "Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm.")
        String note) {
}
