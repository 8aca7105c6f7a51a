package vn.thidua.province;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.TextSearch;
import vn.thidua.common.Today;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;
import vn.thidua.province.ProvinceView.ProvinceRef;

@ApplicationScoped
public class ProvinceService {

    /**
     * SQL common table expressions (for a {@code WITH RECURSIVE}) naming, for every unit, the unit that holds its
     * place on {@code :asOf}: {@code holder(unit_id, holder_id)}. A unit valid that day holds its own place; one
     * that ended before it is followed through its successors (Nam Định (36) → today's Ninh Bình (37)). A unit
     * created after that day has no row (its figures stay its own). Each unit has at most one successor, so no
     * unit's figures are ever split between two holders.
     */
    public static final String HOLDERS_ON_AS_OF = """
            holder_chain (unit_id, holder_id, depth) AS (
                SELECT p.id, p.id, 0 FROM province p
              UNION ALL
                SELECT c.unit_id, s.id, c.depth + 1
                  FROM holder_chain c
                  JOIN province cur ON cur.id = c.holder_id
                  JOIN province s ON s.id = cur.successor_id
                 WHERE cur.valid_to < :asOf AND c.depth < 50),
            holder (unit_id, holder_id) AS (
                SELECT DISTINCT ON (c.unit_id) c.unit_id, c.holder_id
                  FROM holder_chain c JOIN province h ON h.id = c.holder_id
                 WHERE (h.valid_from IS NULL OR h.valid_from <= :asOf) AND (h.valid_to IS NULL OR h.valid_to >= :asOf)
                 ORDER BY c.unit_id, c.depth)""";

    private final Today today;
    private final AuditTrail audit;

    public ProvinceService(Today today, AuditTrail audit) {
        this.today = today;
        this.audit = audit;
    }

    public PageView<ProvinceView> list(LocalDate asOf, String query, PageRequest page) {
        LocalDate date = today.orToday(asOf);
        String from = "from Province where " + Province.VALID_ON.replace("?1", ":date");
        Parameters params = Parameters.with("date", date);
        if (query != null && !query.isBlank()) {
            from += " and " + TextSearch.contains("searchText", "query");
            params.and("query", TextSearch.term(query));
        }
        return PageView.of(Province.class, from, "code, validFrom nulls first, id", params, page, this::views);
    }

    public Province get(String code, LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        return Province.findValidOn(code, date).orElseThrow(() -> notValidOn(code, date));
    }

    /**
     * The unit with this code during the year (reports, memberships and awards are by year). Where
     * the code named two units that year (2025), the later one. 422 on {@code field} if none.
     */
    public Province unitDuring(String code, int year, String field) {
        return Province.<Province>find("code = ?1 and (validFrom is null or extract(year from validFrom) <= ?2) "
                        + "and (validTo is null or extract(year from validTo) >= ?2) order by validFrom desc nulls last",
                        code, year)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.unprocessable(field,
                        "no provincial-level unit with code " + code + " exists during " + year));
    }

    /** Ids of the units that had this code (during the year, when one is given): a code names units over time. */
    public List<Long> idsWithCode(String code, Integer year) {
        return Province.<Province>list("code", code).stream()
                .filter(p -> year == null || p.validDuring(year)).map(p -> p.id).toList();
    }

    /** The unit with this code today, if any. */
    public Optional<Province> validToday(String code) {
        return Province.findValidOn(code, today.date());
    }

    /**
     * The unit that holds this unit's place today: itself while it exists, else its successor's holder
     * (Nam Định (36) is today's Ninh Bình (37)). Empty for a unit that ended without a successor.
     */
    public Optional<Province> holderToday(Province unit) {
        LocalDate date = today.date();
        Province holder = unit;
        for (int step = 0; holder != null && holder.validTo != null && holder.validTo.isBefore(date); step++) {
            if (step > 100) {
                throw new IllegalStateException("the successors of unit " + unit.id + " form a cycle");
            }
            holder = holder.successor;
        }
        return Optional.ofNullable(holder);
    }

    /** Why no unit has this code today: the units that had it and their successors, for a 403 or 404 detail. */
    public String explainRetired(String code) {
        return Province.findAllWithCode(code).stream()
                .map(p -> p.label() + (p.validTo == null ? "" : " ended on " + p.validTo)
                        + holderToday(p).filter(h -> h != p).map(h -> "; its successor is " + h.label()).orElse(""))
                .collect(Collectors.joining(". "));
    }

    /** Ids of this unit and of every unit it took over, directly or through earlier mergers. */
    public Set<Long> idsWithPredecessors(Province unit) {
        // One recursive query rather than one per generation; UNION (not ALL) ends on a cycle.
        @SuppressWarnings("unchecked")
        List<Number> ids = Province.getEntityManager().createNativeQuery("""
                        WITH RECURSIVE units(id) AS (
                            SELECT CAST(:unit AS bigint)
                            UNION
                            SELECT p.id FROM province p JOIN units u ON p.successor_id = u.id)
                        SELECT id FROM units""")
                .setParameter("unit", unit.id).getResultList();
        Set<Long> units = new HashSet<>();
        ids.forEach(id -> units.add(id.longValue()));
        return units;
    }

    public Versioned<ProvinceView> read(String code, LocalDate asOf) {
        return versioned(get(code, asOf));
    }

    @Transactional
    public Versioned<ProvinceView> create(ProvinceCreate input) {
        checkValidity(input.validFrom(), input.validTo());
        List<Province> predecessors = input.predecessorCodes() == null ? List.of()
                : input.predecessorCodes().stream().distinct()
                        .map(code -> predecessor(code, input.validFrom())).toList();
        // Retire the predecessors first: the new unit may reuse one of their codes from validFrom on.
        predecessors.forEach(p -> p.validTo = input.validFrom().minusDays(1));
        Province.flush();

        Province province = new Province();
        province.code = input.code();
        province.name = input.name().strip();
        province.fullName = input.fullName().strip();
        province.type = input.type();
        province.validFrom = input.validFrom();
        province.validTo = input.validTo();
        province.persist();
        predecessors.forEach(p -> p.successor = province);
        Province.flush();
        Versioned<ProvinceView> created = versioned(province);
        audit.record("province", province.id, "create", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<ProvinceView> correct(String code, LocalDate asOf, String ifMatch, ProvinceUpdate input) {
        Province province = get(code, asOf);
        Versions.requireMatch(ifMatch, province.version);
        ProvinceView before = versioned(province).body();
        checkValidity(input.validFrom(), input.validTo());
        if (input.successorCode() != null && input.validTo() == null) {
            throw ApiException.unprocessable("successorCode", "a successor needs validTo, the last day of this unit");
        }
        province.code = input.code();
        province.name = input.name().strip();
        province.fullName = input.fullName().strip();
        province.type = input.type();
        province.validFrom = input.validFrom();
        province.validTo = input.validTo();
        province.successor = input.successorCode() == null ? null : successor(input.successorCode(), input.validTo());
        Province.flush();
        Versioned<ProvinceView> corrected = versioned(province);
        audit.record("province", province.id, "update", before, corrected.body());
        return corrected;
    }

    private Province predecessor(String code, LocalDate validFrom) {
        LocalDate lastDay = validFrom.minusDays(1);
        Province predecessor = Province.findValidOn(code, lastDay).orElseThrow(() -> ApiException.unprocessable(
                "predecessorCodes", "no unit has code " + code + " on " + lastDay + ", the day before validFrom"));
        if (predecessor.validTo != null && !predecessor.validTo.equals(lastDay)) {
            throw ApiException.conflict(predecessor.label() + " already ended on " + predecessor.validTo + ".");
        }
        if (predecessor.validFrom != null && predecessor.validFrom.isAfter(lastDay)) {
            throw ApiException.unprocessable("predecessorCodes", predecessor.label() + " starts after " + lastDay);
        }
        return predecessor;
    }

    private Province successor(String code, LocalDate validTo) {
        LocalDate nextDay = validTo.plusDays(1);
        return Province.findValidOn(code, nextDay).orElseThrow(() -> ApiException.unprocessable(
                "successorCode", "no unit has code " + code + " on " + nextDay + ", the day after validTo"));
    }

    private static void checkValidity(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw ApiException.unprocessable("validTo", "must not be before validFrom");
        }
    }

    private static ApiException notValidOn(String code, LocalDate date) {
        String others = Province.findAllWithCode(code).stream()
                .map(p -> p.name + (p.validFrom == null ? "" : " from " + p.validFrom)
                        + (p.validTo == null ? "" : " until " + p.validTo))
                .collect(Collectors.joining("; "));
        return ApiException.notFound("No provincial-level unit has code " + code + " on " + date
                + (others.isEmpty() ? "." : ". Units with this code: " + others + "; pass asOf to read one of them."));
    }

    private Versioned<ProvinceView> versioned(Province province) {
        return new Versioned<>(views(List.of(province)).get(0), province.version);
    }

    /** Maps a page of units; successors and predecessors come in one query each, not one per unit. */
    private List<ProvinceView> views(List<Province> provinces) {
        if (provinces.isEmpty()) {
            return List.of();
        }
        List<Long> ids = provinces.stream().map(p -> p.id).toList();
        Map<Long, List<ProvinceRef>> predecessors = Province.<Province>list(
                        "successor.id in ?1 order by code, id", ids).stream()
                .collect(Collectors.groupingBy(p -> p.successor.id,
                        Collectors.mapping(ProvinceRef::of, Collectors.toList())));
        return provinces.stream().map(p -> new ProvinceView(p.id, p.code, p.name, p.fullName, p.type,
                        p.validFrom, p.validTo, p.successor == null ? null : ProvinceRef.of(p.successor),
                        predecessors.getOrDefault(p.id, List.of())))
                .toList();
    }
}
