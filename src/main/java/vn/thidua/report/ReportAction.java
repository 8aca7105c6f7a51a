package vn.thidua.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.workflow.Action;

/** What can happen to a report. The contract keeps the schema's first name, ReportActionKind. */
@Schema(name = "ReportActionKind",
        description = "What happened to a report: CREATE, UPDATE (values or narrative replaced), SUBMIT, RETURN, ACCEPT.")
public enum ReportAction implements Action {
    CREATE,
    UPDATE,
    SUBMIT,
    RETURN,
    ACCEPT
}
