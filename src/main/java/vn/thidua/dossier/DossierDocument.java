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
import org.hibernate.annotations.Formula;

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

    /** Set when the owner is a conference. */
    public Long conferenceId;

    /** A conference's cluster code, which the conference's address names (read only). */
    @Formula("(SELECT c.code FROM conference f JOIN cluster c ON c.id = f.cluster_id WHERE f.id = conference_id)")
    String conferenceCluster;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String title;

    @Version
    public long version;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    OwnerRef owner() {
        if (awardRecommendationId != null) {
            return new OwnerRef(OwnerKind.AWARD_RECOMMENDATION, awardRecommendationId);
        }
        return reportId != null ? new OwnerRef(OwnerKind.REPORT, reportId)
                : new OwnerRef(OwnerKind.CONFERENCE, conferenceId, conferenceCluster);
    }

    void ownedBy(OwnerRef owner) {
        switch (owner.kind()) {
            case AWARD_RECOMMENDATION -> awardRecommendationId = owner.id();
            case REPORT -> reportId = owner.id();
            case CONFERENCE -> {
                conferenceId = owner.id();
                conferenceCluster = owner.cluster();
            }
        }
    }

    /** The owner's column, for a query of its dossier. */
    static String ownerColumn(OwnerKind kind) {
        return switch (kind) {
            case AWARD_RECOMMENDATION -> "awardRecommendationId";
            case REPORT -> "reportId";
            case CONFERENCE -> "conferenceId";
        };
    }
}
