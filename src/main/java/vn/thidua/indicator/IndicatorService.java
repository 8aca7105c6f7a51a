package vn.thidua.indicator;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;

/** The catalog of indicators: seeded by the migrations, maintained by admins without a code change. */
@ApplicationScoped
public class IndicatorService {

    private final AuditTrail audit;

    public IndicatorService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public Versioned<IndicatorView> add(IndicatorInput input) {
        Indicator indicator = new Indicator();
        indicator.code = input.code();
        indicator.sortOrder = input.sortOrder() != null ? input.sortOrder()
                : Indicator.<Indicator>findAll(Sort.descending("sortOrder")).firstResultOptional()
                        .map(last -> last.sortOrder + 10).orElse(10);
        apply(indicator, input);
        indicator.persist();
        Versioned<IndicatorView> added = new Versioned<>(IndicatorView.of(indicator), indicator.version);
        audit.record("indicator", indicator.code, "create", null, added.body());
        return added;
    }

    /**
     * Replaces an indicator's definition. Values already reported stay as they are; summaries form
     * the cluster value the new way from then on.
     */
    @Transactional
    public Versioned<IndicatorView> replace(String code, String ifMatch, IndicatorInput input) {
        Indicator indicator = get(code);
        Versions.requireMatch(ifMatch, indicator.version);
        if (!code.equals(input.code())) {
            throw ApiException.unprocessable("code", "the code of an indicator cannot change (reports refer to it)");
        }
        IndicatorView before = IndicatorView.of(indicator);
        if (input.sortOrder() != null) {
            indicator.sortOrder = input.sortOrder();
        }
        apply(indicator, input);
        Indicator.flush();
        Versioned<IndicatorView> replaced = new Versioned<>(IndicatorView.of(indicator), indicator.version);
        audit.record("indicator", code, "update", before, replaced.body());
        return replaced;
    }

    private static void apply(Indicator indicator, IndicatorInput input) {
        boolean weighted = input.aggregation() == Aggregation.WEIGHTED_AVERAGE;
        if (weighted != (input.weightIndicatorCode() != null)) {
            throw ApiException.unprocessable("weightIndicatorCode", weighted
                    ? "a WEIGHTED_AVERAGE needs the indicator that weighs it" : "only a WEIGHTED_AVERAGE has a weight");
        }
        if (input.minValue() != null && input.maxValue() != null && input.minValue().compareTo(input.maxValue()) > 0) {
            throw ApiException.unprocessable("maxValue", "must not be below minValue");
        }
        indicator.weightIndicator = weighted ? Indicator.findByCode(input.weightIndicatorCode())
                .filter(weight -> !weight.code.equals(input.code()))
                .orElseThrow(() -> ApiException.unprocessable("weightIndicatorCode",
                        "no other indicator has code " + input.weightIndicatorCode())) : null;
        indicator.nameVi = input.nameVi().strip();
        indicator.unit = input.unit().strip();
        indicator.valueType = input.valueType();
        indicator.aggregation = input.aggregation();
        indicator.minValue = input.minValue();
        indicator.maxValue = input.maxValue();
        indicator.higherIsBetter = input.higherIsBetter();
    }

    private static Indicator get(String code) {
        return Indicator.findByCode(code).orElseThrow(() -> ApiException.notFound("No indicator has code " + code + "."));
    }

    public PageView<IndicatorView> list(PageRequest page) {
        return PageView.of(Indicator.class, "from Indicator", "sortOrder, code", new Parameters(), page,
                rows -> rows.stream().map(IndicatorView::of).toList());
    }

    public Versioned<IndicatorView> read(String code) {
        Indicator indicator = get(code);
        return new Versioned<>(IndicatorView.of(indicator), indicator.version);
    }

    /** The catalog by code, to check a report's values against it in one query. */
    public Map<String, Indicator> byCode() {
        return Indicator.catalog().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    }

    /** The indicator named by a query parameter; 400 naming the parameter when the catalog has none. */
    public Indicator forParameter(String code, String parameter) {
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest(parameter, "is required: an indicator code such as BUDGET_REVENUE");
        }
        return Indicator.findByCode(code).orElseThrow(() -> ApiException.badRequest(parameter,
                "no indicator has code " + code + "; GET /api/v1/indicators lists them"));
    }
}
