package vn.thidua.scoring;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Workflow;

/** Scorecards in the workflow kernel: their history in scorecard_step, audited as "scorecard". */
@Singleton
class ScorecardWorkflow extends Workflow<Scorecard, ScorecardView, ScorecardAction, ScorecardStatus> {

    ScorecardWorkflow(EntityManager em, AuditTrail audit, CurrentUser user) {
        super(em, audit, user, new Items<>("scorecard", c -> c.id, c -> "Scorecard " + c.id, c -> c.version, c -> c.status,
                ScorecardView::of,
                (c, action) -> c.updatedAt = action == ScorecardAction.CREATE ? c.createdAt : OffsetDateTime.now(),
                ScorecardStep::record));
    }
}
