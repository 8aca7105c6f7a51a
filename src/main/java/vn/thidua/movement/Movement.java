package vn.thidua.movement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Optional;

/** An emulation movement (phong trào thi đua): a named campaign, often over several years. */
@Entity
public class Movement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    public Integer startYear;

    public Integer endYear;

    public String description;

    @Version
    public int version;

    public static Optional<Movement> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
