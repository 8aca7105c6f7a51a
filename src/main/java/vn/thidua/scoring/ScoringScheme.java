package vn.thidua.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.cluster.Cluster;

/**
 * A cluster's scoring scheme for a year (bảng chấm điểm thi đua): its criteria in groups, bonus and penalty items
 * and the tie rule. Frozen once a member submits its scorecard (the database refuses changes from then on).
 */
@Entity
public class ScoringScheme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    public int year;

    public String title;

    /** When the first scorecard was submitted; set once by the service, kept by the database. */
    public OffsetDateTime frozenAt;

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ScoringItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TieBreaker> tieRule = new ArrayList<>();

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public boolean frozen() {
        return frozenAt != null;
    }

    public Optional<ScoringItem> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }

    public static Optional<ScoringScheme> of(Cluster cluster, int year) {
        return find("cluster = ?1 and year = ?2", cluster, year).firstResultOptional();
    }
}
