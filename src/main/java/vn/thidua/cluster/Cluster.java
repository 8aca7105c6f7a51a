package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Optional;

/** An emulation cluster or bloc (cụm / khối thi đua), addressed by its stable code. */
@Entity
public class Cluster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public ClusterKind kind;

    public String description;

    @Version
    public int version;

    public static Optional<Cluster> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
