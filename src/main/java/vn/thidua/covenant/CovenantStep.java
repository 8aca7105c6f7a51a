package vn.thidua.covenant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Step;

/** One step in a covenant's history; an amendment's note is its reason. */
@Entity
public class CovenantStep extends Step {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "covenant_id")
    public Covenant covenant;

    @Enumerated(EnumType.STRING)
    public CovenantAction action;

    @Enumerated(EnumType.STRING)
    public CovenantStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public CovenantStatus toStatus;

    static void record(Covenant covenant, CovenantAction action, CovenantStatus from, CurrentUser.Actor actor, String note) {
        CovenantStep step = new CovenantStep();
        step.covenant = covenant;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = covenant.status;
        step.recordBy(actor, covenant.updatedAt, note);
    }
}
