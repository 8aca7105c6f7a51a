package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One action taken on a recommendation: what, by whom, when, with which note. Written once, never changed. */
@Entity
@Table(name = "award_recommendation_action")
public class AwardRecommendationHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    public AwardRecommendation recommendation;

    @Enumerated(EnumType.STRING)
    public RecommendationAction action;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus toStatus;

    public String actorSubject;

    public String actorRole;

    public String actorProvinceCode;

    public OffsetDateTime at;

    public String note;
}
