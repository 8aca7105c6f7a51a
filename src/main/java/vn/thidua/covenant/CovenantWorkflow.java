package vn.thidua.covenant;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Workflow;

/** Covenants in the workflow kernel: their history in covenant_step, audited as "covenant" by cluster and year. */
@Singleton
class CovenantWorkflow extends Workflow<Covenant, CovenantView, CovenantAction, CovenantStatus> {

    CovenantWorkflow(EntityManager em, AuditTrail audit, CurrentUser user) {
        super(em, audit, user);
    }

    @Override
    protected String entity() {
        return "covenant";
    }

    @Override
    protected Object auditId(Covenant covenant) {
        return covenant.cluster.code + "/" + covenant.year;
    }

    @Override
    protected String label(Covenant covenant) {
        return "The covenant of cluster " + covenant.cluster.code + " for " + covenant.year;
    }

    @Override
    protected long version(Covenant covenant) {
        return covenant.version;
    }

    @Override
    protected CovenantStatus state(Covenant covenant) {
        return covenant.status;
    }

    /** The covenant with the items of the revision in force. */
    @Override
    protected CovenantView view(Covenant covenant) {
        return CovenantView.of(covenant, covenant.revision, CovenantItem.of(covenant, covenant.revision));
    }

    /** An amendment set its time with its new revision (one update of the covenant, one event in the change feed). */
    @Override
    protected void touch(Covenant covenant, CovenantAction action) {
        if (action == CovenantAction.CREATE) {
            covenant.updatedAt = covenant.createdAt;
        } else if (action != CovenantAction.AMEND) {
            covenant.updatedAt = OffsetDateTime.now();
        }
    }

    @Override
    protected void step(Covenant covenant, CovenantAction action, CovenantStatus from, CurrentUser.Actor actor, String note) {
        CovenantStep.record(covenant, action, from, actor, note);
    }
}
