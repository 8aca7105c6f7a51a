package vn.thidua.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DRAFT: being written by the province (nháp); SUBMITTED: sent to the cluster head (đã gửi); "
        + "RETURNED: sent back by the head or the central committee with a reason, to correct and submit again "
        + "(trả lại); ACCEPTED: accepted by the head or the central committee (đã tiếp nhận), final.")
public enum ReportStatus {
    DRAFT(List.of(ReportActionKind.UPDATE, ReportActionKind.SUBMIT)),
    SUBMITTED(List.of(ReportActionKind.ACCEPT, ReportActionKind.RETURN)),
    RETURNED(List.of(ReportActionKind.UPDATE, ReportActionKind.SUBMIT)),
    ACCEPTED(List.of());

    private final List<ReportActionKind> allowed;

    ReportStatus(List<ReportActionKind> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(ReportActionKind action) {
        return allowed.contains(action);
    }

    /** The actions allowed in this state, as named in the API (the paths of the action endpoints, "update" for PUT). */
    public List<String> allowedActions() {
        return allowed.stream().map(ReportActionKind::apiName).toList();
    }
}
