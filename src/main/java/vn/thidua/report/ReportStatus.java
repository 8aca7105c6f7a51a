package vn.thidua.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.workflow.State;

@Schema(description = "DRAFT: being written by the province (nháp); SUBMITTED: sent to the cluster head (đã gửi); "
        + "RETURNED: sent back by the head or the central committee with a reason, to correct and submit again "
        + "(trả lại); ACCEPTED: accepted by the head or the central committee (đã tiếp nhận), final.")
public enum ReportStatus implements State<ReportAction> {
    DRAFT(List.of(ReportAction.UPDATE, ReportAction.SUBMIT)),
    SUBMITTED(List.of(ReportAction.ACCEPT, ReportAction.RETURN)),
    RETURNED(List.of(ReportAction.UPDATE, ReportAction.SUBMIT)),
    ACCEPTED(List.of());

    private final List<ReportAction> allowed;

    ReportStatus(List<ReportAction> allowed) {
        this.allowed = allowed;
    }

    @Override
    public List<ReportAction> allowed() {
        return allowed;
    }
}
