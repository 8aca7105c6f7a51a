package vn.thidua.covenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.List;
import vn.thidua.indicator.Indicator;

/** One emulation item of a covenant's revision: its text and, optionally, a target value of a catalog indicator. */
@Entity
public class CovenantItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "covenant_id")
    public Covenant covenant;

    public int revision;

    public int position;

    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public BigDecimal targetValue;

    static List<CovenantItem> of(Covenant covenant, int revision) {
        return list("covenant = ?1 and revision = ?2 order by position", covenant, revision);
    }
}
