package vn.thidua.award;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Workflow;

/** Award recommendations in the workflow kernel: their history in recommendation_step, audited as "award-recommendation". */
@Singleton
class RecommendationWorkflow
        extends Workflow<AwardRecommendation, AwardRecommendationView, RecommendationAction, RecommendationStatus> {

    RecommendationWorkflow(EntityManager em, AuditTrail audit, CurrentUser user) {
        super(em, audit, user);
    }

    @Override
    protected String entity() {
        return "award-recommendation";
    }

    @Override
    protected Object auditId(AwardRecommendation r) {
        return r.id;
    }

    @Override
    protected String label(AwardRecommendation r) {
        return "Award recommendation " + r.id;
    }

    @Override
    protected long version(AwardRecommendation r) {
        return r.version;
    }

    @Override
    protected RecommendationStatus state(AwardRecommendation r) {
        return r.status;
    }

    @Override
    protected AwardRecommendationView view(AwardRecommendation r) {
        return AwardRecommendationView.of(r);
    }

    @Override
    protected void touch(AwardRecommendation r, RecommendationAction action) {
        r.updatedAt = action == RecommendationAction.CREATE ? r.createdAt : OffsetDateTime.now();
    }

    @Override
    protected void step(AwardRecommendation r, RecommendationAction action, RecommendationStatus from,
                        CurrentUser.Actor actor, String note) {
        RecommendationStep.record(r, action, from, actor, note);
    }
}
