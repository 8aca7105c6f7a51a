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
        super(em, audit, user);
    }

    @Override
    protected String entity() {
        return "report";
    }

    @Override
    protected Object auditId(Report report) {
        return report.id;
    }

    @Override
    protected String label(Report report) {
        return "Report " + report.id;
    }

    @Override
    protected long version(Report report) {
        return report.version;
    }

    @Override
    protected ReportStatus state(Report report) {
        return report.status;
    }

    @Override
    protected ReportView view(Report report) {
        return ReportView.of(report);
    }

    @Override
    protected void touch(Report report, ReportAction action) {
        report.updatedAt = action == ReportAction.CREATE ? report.createdAt : OffsetDateTime.now();
    }

    @Override
    protected void step(Report report, ReportAction action, ReportStatus from, CurrentUser.Actor actor, String note) {
        ReportStep.record(report, action, from, actor, note);
    }
}
