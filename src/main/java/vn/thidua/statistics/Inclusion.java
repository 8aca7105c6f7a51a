package vn.thidua.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.report.ReportStatus;

@Schema(description = "Which reports aggregates count besides ACCEPTED ones: SUBMITTED adds the reports still waiting "
        + "for the head's acceptance (a preliminary view before the review).")
public enum Inclusion {
    SUBMITTED;

    /** The description of the {@code include} parameter of every aggregate. */
    public static final String DESCRIPTION = "SUBMITTED also counts reports still waiting for acceptance; by default only "
            + "ACCEPTED reports count.";

    /** The statuses counted: always ACCEPTED, plus SUBMITTED when asked. */
    static List<ReportStatus> statuses(Inclusion include) {
        return include == SUBMITTED ? List.of(ReportStatus.ACCEPTED, ReportStatus.SUBMITTED) : List.of(ReportStatus.ACCEPTED);
    }
}
