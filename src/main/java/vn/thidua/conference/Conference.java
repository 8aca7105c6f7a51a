package vn.thidua.conference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import vn.thidua.award.AwardRecommendation;
import vn.thidua.cluster.Cluster;
import vn.thidua.province.Province;
import vn.thidua.report.Report;

/**
 * A conference (hội nghị) of a cluster about an emulation year: who came, what was on the agenda, what it decided. Its
 * parts are replaced only together with the conference itself (a PUT sets updatedAt), so they do not bump its version
 * on their own: one write is one new version and one event in the change feed.
 */
@Entity
public class Conference extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    /** The emulation year it concerns (a year-end review of 2023 is held early in 2024). */
    public int year;

    @Enumerated(EnumType.STRING)
    public ConferenceKind kind;

    public String title;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public String place;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_province_id")
    public Province hostProvince;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "conference_delegation", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderBy("position")
    public List<Delegation> delegations = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "conference_representative", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderBy("position")
    public List<Representative> representatives = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgendaItem> agenda = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "conference_task", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderBy("position")
    public List<Task> tasks = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ManyToMany
    @JoinTable(name = "conference_report", joinColumns = @JoinColumn(name = "conference_id"),
            inverseJoinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("id")
    public Set<Report> reportsReviewed = new LinkedHashSet<>();

    @OptimisticLock(excluded = true)
    @ManyToMany
    @JoinTable(name = "conference_nomination", joinColumns = @JoinColumn(name = "conference_id"),
            inverseJoinColumns = @JoinColumn(name = "award_recommendation_id"))
    @OrderBy("id")
    public Set<AwardRecommendation> nominationsVoted = new LinkedHashSet<>();

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** A province's delegation (đoàn), led by its head of delegation. */
    @jakarta.persistence.Embeddable
    public static class Delegation {

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "province_id")
        public Province province;

        public int position;

        public String headName;

        public String headTitle;
    }

    /** A representative of the Central Committee. */
    @jakarta.persistence.Embeddable
    public static class Representative {

        public int position;

        public String name;

        public String title;
    }

    /** A task set for the next period. */
    @jakarta.persistence.Embeddable
    public static class Task {

        public int position;

        @Column(name = "text")
        public String text;
    }
}
