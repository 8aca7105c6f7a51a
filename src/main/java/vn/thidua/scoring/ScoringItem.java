package vn.thidua.scoring;

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
import java.math.BigDecimal;

/** One criterion (in its group), bonus item or penalty item of a scheme, with its maximum points. */
@Entity
public class ScoringItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public ScoringScheme scheme;

    @Enumerated(EnumType.STRING)
    public ScoringItemKind kind;

    /** The criteria group (criteria only). */
    public String groupCode;

    public String groupName;

    public String code;

    public String name;

    /** A criterion's maximum, a bonus's or a penalty's limit. */
    public BigDecimal maxPoints;

    public int position;

    /** How the item reads in a refusal: "criterion I.1 (Thu ngân sách nhà nước)". */
    public String label() {
        return kind.name().toLowerCase() + " " + code + " (" + name + ")";
    }
}
