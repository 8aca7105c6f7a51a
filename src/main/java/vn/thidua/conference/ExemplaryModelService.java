package vn.thidua.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.ApiException;
import vn.thidua.common.Filters;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.TextSearch;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;
import vn.thidua.conference.ExemplaryModelView.Appearance;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementView.MovementRef;
import vn.thidua.province.ProvinceService;
import vn.thidua.province.ProvinceView.ProvinceRef;

/**
 * Exemplary models: recorded by officers of their province (or of the unit that took it over) or central staff, read by
 * everyone. The list filters and pages in the database, each filter with an index behind it (V20); where a model was
 * presented or visited comes from the conferences' agendas.
 */
@ApplicationScoped
public class ExemplaryModelService {

    static final String ENTITY = "exemplary-model";

    /** The list's filters; all optional. */
    public record Filter(String q, String movementCode, String provinceCode, LocalDate asOf, Integer year) {
    }

    private final ProvinceService provinces;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public ExemplaryModelService(ProvinceService provinces, AccessPolicy access, AuditTrail audit) {
        this.provinces = provinces;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PageView<ExemplaryModelView> list(Filter filter, PageRequest page) {
        if (filter.provinceCode() == null && filter.asOf() != null) {
            throw ApiException.badRequest("asOf", "reads the province code: use it with province");
        }
        // The unit with the code on asOf (default today) and every unit it took over: 37 today finds the models of
        // Ninh Bình, Nam Định and Hà Nam of 2023.
        Set<Long> units = filter.provinceCode() == null ? null
                : provinces.idsWithPredecessors(provinces.get(filter.provinceCode(), filter.asOf()));
        Filters filters = new Filters()
                .and(TextSearch.contains("nameFolded", "q"), "q",
                        filter.q() == null || filter.q().isBlank() ? null : TextSearch.term(filter.q()))
                .and("movement.code = :movement", "movement", filter.movementCode())
                .and("province.id in :units", "units", units)
                .and("fromYear <= :year and (toYear is null or toYear >= :year)", "year", filter.year());
        return PageView.of(ExemplaryModel.class, filters.from("from ExemplaryModel"), "fromYear desc, id desc",
                filters.parameters(), page, this::views);
    }

    @Transactional
    public Versioned<ExemplaryModelView> read(long id) {
        ExemplaryModel model = get(id);
        return new Versioned<>(views(List.of(model)).get(0), model.version);
    }

    @Transactional
    public Versioned<ExemplaryModelView> create(ExemplaryModelInput input) {
        ExemplaryModel model = new ExemplaryModel();
        set(model, input);
        access.requireOwner(model.province, "record its exemplary models");
        model.createdAt = OffsetDateTime.now();
        model.updatedAt = model.createdAt;
        model.persist();
        ExemplaryModel.flush();
        ExemplaryModelView after = views(List.of(model)).get(0);
        audit.record(ENTITY, model.id, "create", null, after);
        return new Versioned<>(after, model.version);
    }

    @Transactional
    public Versioned<ExemplaryModelView> update(long id, String ifMatch, ExemplaryModelInput input) {
        ExemplaryModel model = get(id);
        access.requireOwner(model.province, "change its exemplary models");
        Versions.requireMatch(ifMatch, model.version);
        ExemplaryModelView before = views(List.of(model)).get(0);
        set(model, input);
        access.requireOwner(model.province, "record its exemplary models");
        model.updatedAt = OffsetDateTime.now();
        ExemplaryModel.flush();
        ExemplaryModelView after = views(List.of(model)).get(0);
        audit.record(ENTITY, model.id, "update", before, after);
        return new Versioned<>(after, model.version);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ExemplaryModel model = get(id);
        access.requireOwner(model.province, "delete its exemplary models");
        Versions.requireMatch(ifMatch, model.version);
        ExemplaryModelView before = views(List.of(model)).get(0);
        model.delete();
        ExemplaryModel.flush();
        audit.record(ENTITY, id, "delete", before, null);
    }

    private ExemplaryModel get(long id) {
        ExemplaryModel model = ExemplaryModel.findById(id);
        if (model == null) {
            throw ApiException.notFound("No exemplary model has id " + id + ".");
        }
        return model;
    }

    private void set(ExemplaryModel model, ExemplaryModelInput input) {
        if (input.toYear() != null && input.toYear() < input.fromYear()) {
            throw ApiException.unprocessable("toYear", "is fromYear (" + input.fromYear() + ") or later");
        }
        model.name = input.name().strip();
        model.kind = input.kind();
        model.province = provinces.unitDuring(input.provinceCode(), input.fromYear(), "provinceCode");
        model.movement = input.movementCode() == null ? null : Movement.findByCode(input.movementCode())
                .orElseThrow(() -> ApiException.unprocessable("movementCode", "no movement has code " + input.movementCode()
                        + "; GET /api/v1/movements lists them"));
        model.fromYear = input.fromYear();
        model.toYear = input.toYear();
        model.achievements = input.achievements().strip();
    }

    /** The views of a page of models, with their appearances read in one query. */
    private List<ExemplaryModelView> views(List<ExemplaryModel> models) {
        Map<Long, List<Appearance>> appearances = new HashMap<>();
        if (!models.isEmpty()) {
            List<Object[]> rows = AgendaItem.getEntityManager().createQuery("""
                            select m.id, c.id, c.cluster.code, c.title, i.kind, coalesce(i.heldOn, c.startsOn)
                              from AgendaItem i join i.conference c join i.models m
                             where m.id in :ids
                             order by coalesce(i.heldOn, c.startsOn), c.id, i.position""", Object[].class)
                    .setParameter("ids", models.stream().map(m -> m.id).toList()).getResultList();
            for (Object[] r : rows) {
                appearances.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Appearance((Long) r[1],
                        (String) r[2], (String) r[3], (AgendaItemKind) r[4], (LocalDate) r[5],
                        "/api/v1/clusters/" + r[2] + "/conferences/" + r[1]));
            }
        }
        return models.stream().map(m -> new ExemplaryModelView(m.id, m.name, m.kind, ProvinceRef.of(m.province),
                provinces.holderToday(m.province).map(ProvinceRef::of).orElse(null), MovementRef.of(m.movement),
                m.fromYear, m.toYear, m.achievements, appearances.getOrDefault(m.id, List.of()), m.createdAt,
                m.updatedAt)).toList();
    }
}
