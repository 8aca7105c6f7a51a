package vn.thidua.movement;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.audit.AuditTrail;
import jakarta.transaction.Transactional;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;

@ApplicationScoped
public class MovementService {

    private final AuditTrail audit;

    public MovementService(AuditTrail audit) {
        this.audit = audit;
    }

    public PageView<MovementView> list(Integer year, PageRequest page) {
        String hql = "from Movement m";
        Parameters params = new Parameters();
        if (year != null) {
            hql += " where (m.startYear is null or m.startYear <= :year) and (m.endYear is null or m.endYear >= :year)";
            params.and("year", year);
        }
        return PageView.of(Movement.class, hql, "m.code", params, page, rows -> rows.stream().map(MovementView::of).toList());
    }

    public Versioned<MovementView> read(String code) {
        return versioned(get(code));
    }

    public Movement get(String code) {
        return Movement.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("No movement has code " + code + "."));
    }

    /** The movement a request body names; 422 on {@code field} when there is none. */
    public Movement named(String code, String field) {
        return Movement.findByCode(code).orElseThrow(() -> ApiException.unprocessable(field,
                "no movement has code " + code + "; see /api/v1/movements"));
    }

    @Transactional
    public Versioned<MovementView> create(MovementCreate input) {
        checkYears(input.startYear(), input.endYear());
        Movement movement = new Movement();
        movement.code = input.code();
        movement.name = input.name().strip();
        movement.startYear = input.startYear();
        movement.endYear = input.endYear();
        movement.description = input.description();
        movement.persist();
        Versioned<MovementView> created = versioned(movement);
        audit.record("movement", movement.code, "create", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<MovementView> update(String code, String ifMatch, MovementUpdate input) {
        Movement movement = get(code);
        Versions.requireMatch(ifMatch, movement.version);
        MovementView before = MovementView.of(movement);
        checkYears(input.startYear(), input.endYear());
        movement.name = input.name().strip();
        movement.startYear = input.startYear();
        movement.endYear = input.endYear();
        movement.description = input.description();
        Movement.flush();
        Versioned<MovementView> updated = versioned(movement);
        audit.record("movement", code, "update", before, updated.body());
        return updated;
    }

    private static void checkYears(Integer startYear, Integer endYear) {
        if (startYear != null && endYear != null && endYear < startYear) {
            throw ApiException.unprocessable("endYear", "must not be before startYear");
        }
    }

    private static Versioned<MovementView> versioned(Movement movement) {
        return new Versioned<>(MovementView.of(movement), movement.version);
    }
}
