package vn.thidua.indicator;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An indicator compared in cluster reviews (chỉ tiêu), e.g. state budget revenue in billion VND. */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String nameVi;

    public String unit;

    @Enumerated(EnumType.STRING)
    public ValueType valueType;

    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;

    /** For {@link Aggregation#WEIGHTED_AVERAGE}: the indicator that weighs this one in the same report. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "weight_indicator_id")
    public Indicator weightIndicator;

    public BigDecimal minValue;

    public BigDecimal maxValue;

    public boolean higherIsBetter;

    public int sortOrder;

    @Version
    public int version;

    public static Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The whole catalog, in the order reviews list it (a few dozen rows at most). */
    public static List<Indicator> catalog() {
        return list("order by sortOrder, code");
    }
}
