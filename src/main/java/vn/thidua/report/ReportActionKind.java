package vn.thidua.report;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What happened to a report: CREATE, UPDATE (values or narrative replaced), SUBMIT, RETURN, ACCEPT.")
public enum ReportActionKind {
    CREATE,
    UPDATE,
    SUBMIT,
    RETURN,
    ACCEPT;

    /** The name in the API: the action endpoint's path ({@code submit}), {@code update} for PUT. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
