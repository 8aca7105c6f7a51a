package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A form of commendation or an emulation title of the catalog, addressed by its stable code. */
@Entity
public class AwardType extends PanacheEntityBase {

    /**
     * Cờ thi đua của Chính phủ: a cluster endorses at most one collective for it per year, and its nominee follows the
     * cluster's ranking.
     */
    public static final String GOVERNMENT_EMULATION_FLAG = "GOV_EMULATION_FLAG";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public AwardCategory category;

    public boolean forIndividual;

    public boolean forCollective;

    public boolean forHousehold;

    @Enumerated(EnumType.STRING)
    public DecidedBy decidedBy;

    public String notes;

    @Version
    public int version;

    public static Optional<AwardType> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean allows(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> forIndividual;
            case COLLECTIVE -> forCollective;
            case HOUSEHOLD -> forHousehold;
        };
    }

    public List<NomineeKind> recipients() {
        List<NomineeKind> kinds = new ArrayList<>();
        for (NomineeKind kind : NomineeKind.values()) {
            if (allows(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    void setRecipients(Collection<NomineeKind> kinds) {
        forIndividual = kinds.contains(NomineeKind.INDIVIDUAL);
        forCollective = kinds.contains(NomineeKind.COLLECTIVE);
        forHousehold = kinds.contains(NomineeKind.HOUSEHOLD);
    }
}
