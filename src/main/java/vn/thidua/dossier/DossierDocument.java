package vn.thidua.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** One document of a dossier: its kind and title; its bytes are in its versions (the newest is current). */
@Entity
public class DossierDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Set when the owner is an award recommendation. */
    public Long awardRecommendationId;

    /** Set when the owner is a report. */
    public Long reportId;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String title;

    @Version
    public long version;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    OwnerRef owner() {
        return awardRecommendationId != null ? new OwnerRef(OwnerKind.AWARD_RECOMMENDATION, awardRecommendationId)
                : new OwnerRef(OwnerKind.REPORT, reportId);
    }
}
