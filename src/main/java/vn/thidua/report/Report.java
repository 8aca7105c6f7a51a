package vn.thidua.report;

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
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.thidua.cluster.Cluster;
import vn.thidua.indicator.Indicator;
import vn.thidua.province.Province;

/** A member's report (báo cáo) to its cluster for a period: indicator values and narrative. */
@Entity
public class Report extends PanacheEntityBase {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "period")
    public PeriodKind periodKind;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    /** Results of the emulation movements (kết quả thực hiện các phong trào thi đua). */
    public String movementResults;

    /** Emulation and commendation work: awards, ad hoc awards, the share for direct workers. */
    public String commendationWork;

    /** Limitations (hạn chế, tồn tại). */
    public String limitations;

    /** Tasks for the next period (nhiệm vụ kỳ tới). */
    public String nextTasks;

    /** Why the report was returned; kept until the province submits it again. */
    public String returnReason;

    /** The first submission (set by the database, never cleared): until then only the province sees the report. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime submittedAt;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyJoinColumn(name = "indicator_id")
    @Column(name = "value")
    public Map<Indicator, BigDecimal> values = new HashMap<>();

    @Version
    public int version;

    public Period period() {
        return new Period(year, periodKind);
    }
}
