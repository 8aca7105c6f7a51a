package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Step;

/** One step in a recommendation's history. */
@Entity
@Table(name = "award_recommendation_step")
public class RecommendationStep extends Step {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    public AwardRecommendation recommendation;

    @Enumerated(EnumType.STRING)
    public RecommendationAction action;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus toStatus;

    static void record(AwardRecommendation recommendation, RecommendationAction action, RecommendationStatus from,
                       CurrentUser.Actor actor, String note) {
        RecommendationStep step = new RecommendationStep();
        step.recommendation = recommendation;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = recommendation.status;
        step.recordBy(actor, recommendation.updatedAt, note);
    }
}
