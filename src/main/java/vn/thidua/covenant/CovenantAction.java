package vn.thidua.covenant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.workflow.Action;

/** What can happen to a covenant. */
@Schema(name = "CovenantAction", description = "What happened to a covenant: CREATE, UPDATE (the draft replaced), SIGN, "
        + "AMEND (a new revision of the items, with its reason).")
public enum CovenantAction implements Action {
    CREATE,
    UPDATE,
    SIGN,
    AMEND
}
