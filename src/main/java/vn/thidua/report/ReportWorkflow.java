package vn.thidua.report;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Workflow;

/** Reports in the workflow kernel: their history in report_step, audited as "report". */
@Singleton
class ReportWorkflow extends Workflow<Report, ReportView, ReportAction, ReportStatus> {

    ReportWorkflow(EntityManager em, AuditTrail audit, CurrentUser user) {
        super(em, audit, user, new Items<>("report", r -> r.id, r -> "Report " + r.id, r -> r.version, r -> r.status,
                ReportView::of, (r, action) -> r.updatedAt = action == ReportAction.CREATE ? r.createdAt : OffsetDateTime.now(),
                ReportStep::record));
    }
}
