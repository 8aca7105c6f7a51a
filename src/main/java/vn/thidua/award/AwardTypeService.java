package vn.thidua.award;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.audit.AuditTrail;
import jakarta.transaction.Transactional;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;

/** The catalog of award types (seeded by migration V4; docs/DOMAIN.md, "Reference data"); admins maintain it. */
@ApplicationScoped
public class AwardTypeService {

    private final AuditTrail audit;

    public AwardTypeService(AuditTrail audit) {
        this.audit = audit;
    }

    public PageView<AwardTypeView> list(AwardCategory category, NomineeKind recipient, PageRequest page) {
        String hql = "from AwardType t where 1 = 1";
        Parameters params = new Parameters();
        if (category != null) {
            hql += " and t.category = :category";
            params.and("category", category);
        }
        if (recipient != null) {
            hql += switch (recipient) {
                case INDIVIDUAL -> " and t.forIndividual = true";
                case COLLECTIVE -> " and t.forCollective = true";
                case HOUSEHOLD -> " and t.forHousehold = true";
            };
        }
        return PageView.of(AwardType.class, hql, "t.code", params, page, rows -> rows.stream().map(AwardTypeView::of).toList());
    }

    public Versioned<AwardTypeView> read(String code) {
        return versioned(get(code));
    }

    public AwardType get(String code) {
        return AwardType.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("No award type has code " + code + "."));
    }

    /** The award type a request body names; 422 on {@code field} when there is none. */
    public AwardType named(String code, String field) {
        return AwardType.findByCode(code).orElseThrow(() -> ApiException.unprocessable(field,
                "no award type has code " + code + "; see /api/v1/award-types"));
    }

    @Transactional
    public Versioned<AwardTypeView> create(AwardTypeCreate input) {
        AwardType type = new AwardType();
        type.code = input.code();
        type.name = input.name().strip();
        type.category = input.category();
        type.setRecipients(input.recipients());
        type.decidedBy = input.decidedBy();
        type.notes = input.notes();
        type.persist();
        Versioned<AwardTypeView> created = versioned(type);
        audit.record("award-type", type.code, "create", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<AwardTypeView> update(String code, String ifMatch, AwardTypeUpdate input) {
        AwardType type = get(code);
        Versions.requireMatch(ifMatch, type.version);
        AwardTypeView before = AwardTypeView.of(type);
        type.name = input.name().strip();
        type.category = input.category();
        type.setRecipients(input.recipients());
        type.decidedBy = input.decidedBy();
        type.notes = input.notes();
        AwardType.flush();
        Versioned<AwardTypeView> updated = versioned(type);
        audit.record("award-type", code, "update", before, updated.body());
        return updated;
    }

    private static Versioned<AwardTypeView> versioned(AwardType type) {
        return new Versioned<>(AwardTypeView.of(type), type.version);
    }
}
