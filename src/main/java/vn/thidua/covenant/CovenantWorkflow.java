package vn.thidua.covenant;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Workflow;

/**
 * Covenants in the workflow kernel: their history in covenant_step, audited as "covenant" by cluster and year, shown
 * with the items of the revision in force. An amendment sets its time with its new revision (one update of the
 * covenant, one event in the change feed).
 */
@Singleton
class CovenantWorkflow extends Workflow<Covenant, CovenantView, CovenantAction, CovenantStatus> {

    CovenantWorkflow(EntityManager em, AuditTrail audit, CurrentUser user) {
        super(em, audit, user, new Items<>("covenant", c -> c.cluster.code + "/" + c.year,
                c -> "The covenant of cluster " + c.cluster.code + " for " + c.year, c -> c.version, c -> c.status,
                c -> CovenantView.of(c, c.revision, CovenantItem.of(c, c.revision)), CovenantWorkflow::touch,
                CovenantStep::record));
    }

    private static void touch(Covenant covenant, CovenantAction action) {
        if (action == CovenantAction.CREATE) {
            covenant.updatedAt = covenant.createdAt;
        } else if (action != CovenantAction.AMEND) {
            covenant.updatedAt = OffsetDateTime.now();
        }
    }
}
