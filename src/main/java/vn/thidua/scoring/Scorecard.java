package vn.thidua.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.cluster.Cluster;
import vn.thidua.province.Province;

/** A member's scorecard for the year (phiếu chấm điểm): its self-assessment, the review, the confirmation. */
@Entity
public class Scorecard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    public Cluster cluster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    public int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public ScoringScheme scheme;

    @Enumerated(EnumType.STRING)
    public ScorecardStatus status;

    /** Why the card was returned; kept until the province submits it again. */
    public String returnReason;

    /** The first submission (set by the database, never cleared): until then only the province sees the card. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime submittedAt;

    @ElementCollection
    @CollectionTable(name = "scorecard_line", joinColumns = @JoinColumn(name = "scorecard_id"))
    public List<ScorecardLine> lines = new ArrayList<>();

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public Optional<ScorecardLine> line(ScoringItem item) {
        return lines.stream().filter(l -> l.item.id.equals(item.id)).findFirst();
    }

    /** The lines in the scheme's order. */
    public List<ScorecardLine> orderedLines() {
        return lines.stream().sorted(Comparator.comparingInt(l -> l.item.position)).toList();
    }

    /** Criteria and bonuses add, penalties deduct: the total of the self-assessment, or of the agreed points. */
    public BigDecimal total(Function<ScorecardLine, BigDecimal> points) {
        BigDecimal total = BigDecimal.ZERO;
        for (ScorecardLine line : lines) {
            BigDecimal value = points.apply(line);
            if (value != null) {
                total = line.item.kind == ScoringItemKind.PENALTY ? total.subtract(value) : total.add(value);
            }
        }
        return total;
    }
}
