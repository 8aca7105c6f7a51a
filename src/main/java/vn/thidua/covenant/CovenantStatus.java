package vn.thidua.covenant;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.workflow.State;

@Schema(name = "CovenantStatus", description = "DRAFT: being drafted by the head or central staff (dự thảo); SIGNED: "
        + "signed by every member (đã ký kết): it no longer changes, an amendment with its reason adds a new revision.")
public enum CovenantStatus implements State<CovenantAction> {
    DRAFT(List.of(CovenantAction.UPDATE, CovenantAction.SIGN)),
    SIGNED(List.of(CovenantAction.AMEND));

    private final List<CovenantAction> allowed;

    CovenantStatus(List<CovenantAction> allowed) {
        this.allowed = allowed;
    }

    @Override
    public List<CovenantAction> allowed() {
        return allowed;
    }
}
