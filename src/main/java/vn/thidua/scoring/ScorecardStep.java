package vn.thidua.scoring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.thidua.common.CurrentUser;
import vn.thidua.workflow.Step;

/** One step in a scorecard's history. */
@Entity
public class ScorecardStep extends Step {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id")
    public Scorecard scorecard;

    @Enumerated(EnumType.STRING)
    public ScorecardAction action;

    @Enumerated(EnumType.STRING)
    public ScorecardStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public ScorecardStatus toStatus;

    static void record(Scorecard card, ScorecardAction action, ScorecardStatus from, CurrentUser.Actor actor, String note) {
        ScorecardStep step = new ScorecardStep();
        step.scorecard = card;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = card.status;
        step.recordBy(actor, card.updatedAt, note);
    }
}
