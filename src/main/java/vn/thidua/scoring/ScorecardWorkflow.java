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
        super(em, audit, user);
    }

    @Override
    protected String entity() {
        return "scorecard";
    }

    @Override
    protected Object auditId(Scorecard card) {
        return card.id;
    }

    @Override
    protected String label(Scorecard card) {
        return "Scorecard " + card.id;
    }

    @Override
    protected long version(Scorecard card) {
        return card.version;
    }

    @Override
    protected ScorecardStatus state(Scorecard card) {
        return card.status;
    }

    @Override
    protected ScorecardView view(Scorecard card) {
        return ScorecardView.of(card);
    }

    @Override
    protected void touch(Scorecard card, ScorecardAction action) {
        card.updatedAt = action == ScorecardAction.CREATE ? card.createdAt : OffsetDateTime.now();
    }

    @Override
    protected void step(Scorecard card, ScorecardAction action, ScorecardStatus from, CurrentUser.Actor actor, String note) {
        ScorecardStep.record(card, action, from, actor, note);
    }
}
