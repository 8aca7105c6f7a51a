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
        super(em, audit, user, new Items<>("award-recommendation", r -> r.id, r -> "Award recommendation " + r.id,
                r -> r.version, r -> r.status, AwardRecommendationView::of,
                (r, action) -> r.updatedAt = action == RecommendationAction.CREATE ? r.createdAt : OffsetDateTime.now(),
                RecommendationStep::record));
    }
}
