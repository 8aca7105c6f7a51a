package vn.thidua.conference;

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
import java.time.OffsetDateTime;
import vn.thidua.movement.Movement;
import vn.thidua.province.Province;

/** An exemplary model (điển hình tiên tiến): held up as an example in a movement, in the unit of its time. */
@Entity
public class ExemplaryModel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** The name folded by the database (fold_vietnamese), for searching without diacritics. */
    @Column(insertable = false, updatable = false)
    String nameFolded;

    @Enumerated(EnumType.STRING)
    public ExemplaryModelKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    public Movement movement;

    public int fromYear;

    public Integer toYear;

    public String achievements;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
