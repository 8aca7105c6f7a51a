package vn.thidua.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Step;

/** One step in a report's history. */
@Entity
public class ReportStep extends Step {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Enumerated(EnumType.STRING)
    public ReportAction action;

    @Enumerated(EnumType.STRING)
    public ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public ReportStatus toStatus;

    static void record(Report report, ReportAction action, ReportStatus from, CurrentUser.Actor actor, String note) {
        ReportStep step = new ReportStep();
        step.report = report;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = report.status;
        step.recordBy(actor, report.updatedAt, note);
    }
}
