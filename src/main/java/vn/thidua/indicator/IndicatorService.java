package vn.thidua.indicator;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;

/** The catalog of indicators. It is reference data, seeded by the migrations; the API reads it. */
@ApplicationScoped
public class IndicatorService {

    public PageView<IndicatorView> list(PageRequest page) {
        return PageView.of(Indicator.<Indicator>findAll(Sort.by("sortOrder").and("code")), page,
                rows -> rows.stream().map(IndicatorView::of).toList());
    }

    public Versioned<IndicatorView> read(String code) {
        Indicator indicator = Indicator.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("No indicator has code " + code + "."));
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
