package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.Formula;
import vn.thidua.cluster.Cluster;
import vn.thidua.movement.Movement;
import vn.thidua.province.Province;

/** A recommendation (đề nghị khen thưởng) of one nominee for one award, made through a cluster for a year. */
@Entity
public class AwardRecommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    public int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id")
    public AwardType awardType;

    /** Copy of the award type's code, kept by the database, for the one-flag-per-cluster-and-year index. */
    public String awardTypeCode;

    @Enumerated(EnumType.STRING)
    public CommendationKind kind;

    @Enumerated(EnumType.STRING)
    public NomineeKind nomineeKind;

    public String nomineeName;

    /** The name folded by the database (fold_vietnamese), for searching and for the same-nominee rule. */
    @Column(insertable = false, updatable = false)
    String nomineeNameFolded;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nominee_province_id")
    public Province nomineeProvince;

    public String nomineeOrganisation;

    public String nomineePosition;

    /** Người lao động trực tiếp: a worker, farmer, or anyone producing directly (individuals only). */
    public boolean directWorker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposing_province_id")
    public Province proposingProvince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    public Movement movement;

    public String achievements;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    public Integer membersPresent;

    public Integer votesFor;

    public Integer votesAgainst;

    public Integer votesAbstaining;

    public String decisionNumber;

    public LocalDate decisionDate;

    public String decidingAuthority;

    /**
     * Why central staff let this Government Emulation Flag nominee go ahead although it is not the member ranked first
     * by the cluster's confirmed scores of the year.
     */
    public String rankingOverride;

    /** Why it was last returned, or why it was rejected. */
    public String reason;

    /**
     * The first submission (set by the database, never cleared): until then, and also when withdrawn
     * before it, only the proposing province sees the recommendation.
     */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime submittedAt;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /**
     * The required documents its dossier lacks, comma-separated in the order of the law ('' when complete),
     * computed by the database as the row is read, in the read's own plan (V32__dossier_required_kinds.sql).
     */
    @Formula("(SELECT coalesce(string_agg(r.kind, ',' ORDER BY r.sort_order), '') FROM dossier_required_kind r "
            + "WHERE NOT EXISTS (SELECT 1 FROM dossier_document d WHERE d.award_recommendation_id = id AND d.kind = r.kind))")
    public String documentsMissing;

    /** The required documents its dossier lacks (PROPOSAL_LETTER, ACHIEVEMENTS_REPORT, VOTE_MINUTES). */
    public List<String> missingDocuments() {
        return documentsMissing == null || documentsMissing.isEmpty() ? List.of() : List.of(documentsMissing.split(","));
    }
}
