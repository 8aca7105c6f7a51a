package vn.thidua.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.thidua.access.AccessPolicy.Officer;
import vn.thidua.common.Today;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;

/**
 * The units a province token's code acts for, kept per code and day (the unit with the code that day and every unit
 * it took over), so that an officer's request does not resolve them again. They are read again when the provinces
 * change: every request reads the provinces' version, which the database bumps on any write to the table whoever
 * writes (V25 {@code reference_data_version}), so a change made through another instance is seen at once. A code
 * that names no unit is never kept; at most {@link #MOST} codes are (today's units number 34).
 */
@ApplicationScoped
class OfficerUnits {

    static final int MOST = 256;

    private record Kept(long version, LocalDate day, Officer officer) {
    }

    private final ConcurrentMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final EntityManager em;
    private final ProvinceService provinces;
    private final Today today;

    OfficerUnits(EntityManager em, ProvinceService provinces, Today today) {
        this.em = em;
        this.provinces = provinces;
        this.today = today;
    }

    /** The officer the code makes today, or empty when no unit has the code today. */
    Optional<Officer> today(String code) {
        // The version is read before the units: a write committed in between leaves the units kept under the older
        // version, read again at the next request.
        long version = ((Number) em.createNativeQuery("SELECT version FROM reference_data_version WHERE kind = 'province'")
                .getSingleResult()).longValue();
        LocalDate day = today.date();
        Kept known = kept.get(code);
        if (known != null && known.version() == version && known.day().equals(day)) {
            return Optional.of(known.officer());
        }
        Optional<Province> unit = provinces.validToday(code);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Officer officer = new Officer(unit.get(), Set.copyOf(provinces.idsWithPredecessors(unit.get())));
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.put(code, new Kept(version, day, officer));
        return Optional.of(officer);
    }
}
