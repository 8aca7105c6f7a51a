package vn.thidua.scoring;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One item of a scorecard: the member's points and evidence, then the agreed points and the reviewer's reason. */
@Embeddable
public class ScorecardLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    public ScoringItem item;

    /** The member's own points (tự chấm). */
    public BigDecimal selfPoints;

    /** A short evidence note (minh chứng). */
    public String evidence;

    /** The points agreed at the review (điểm thống nhất); null until reviewed. */
    public BigDecimal agreedPoints;

    /** Why the reviewer changed the member's points. */
    public String reviewReason;
}
