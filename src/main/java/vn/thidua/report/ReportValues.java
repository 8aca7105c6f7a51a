package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.common.ApiException;
import vn.thidua.common.Problem;
import vn.thidua.indicator.Indicator;
import vn.thidua.indicator.IndicatorService;
import vn.thidua.indicator.ValueType;

/**
 * Checks a report's values against the indicator catalog: known indicator, each once, a whole number
 * where the indicator counts things, within the indicator's range. Every offending value is named
 * ({@code values[2].indicatorCode}) in one 422.
 */
@ApplicationScoped
class ReportValues {

    private final IndicatorService indicators;

    ReportValues(IndicatorService indicators) {
        this.indicators = indicators;
    }

    Map<Indicator, BigDecimal> check(List<ReportValueInput> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, Indicator> catalog = indicators.byCode();
        Map<Indicator, BigDecimal> checked = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ReportValueInput input = values.get(i);
            String at = "values[" + i + "]";
            Indicator indicator = catalog.get(input.indicatorCode());
            if (indicator == null) {
                errors.add(new Problem.FieldError(at + ".indicatorCode", "no indicator has code " + input.indicatorCode()
                        + "; GET /api/v1/indicators lists them"));
                continue;
            }
            if (checked.containsKey(indicator)) {
                errors.add(new Problem.FieldError(at + ".indicatorCode", indicator.code + " is given more than once"));
                continue;
            }
            String problem = problemWith(indicator, input.value());
            if (problem != null) {
                errors.add(new Problem.FieldError(at + ".value", problem));
            }
            checked.put(indicator, input.value());
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ApiException.Kind.UNPROCESSABLE, errors.stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        return checked;
    }

    /** report_value.value is numeric(18, 4): fourteen digits before the point. */
    private static final BigDecimal STORABLE = BigDecimal.TEN.pow(14);

    private static String problemWith(Indicator indicator, BigDecimal value) {
        if (value.abs().compareTo(STORABLE) >= 0) {
            return "must be less than " + STORABLE.toPlainString() + " in magnitude";
        }
        if (indicator.valueType == ValueType.INTEGER && value.stripTrailingZeros().scale() > 0) {
            return "must be a whole number of " + indicator.unit + " for " + indicator.code;
        }
        boolean belowMin = indicator.minValue != null && value.compareTo(indicator.minValue) < 0;
        boolean aboveMax = indicator.maxValue != null && value.compareTo(indicator.maxValue) > 0;
        if (!belowMin && !aboveMax) {
            return null;
        }
        if (indicator.maxValue == null) {
            return indicator.minValue.signum() == 0 ? "must not be negative for " + indicator.code
                    : "must be at least " + indicator.minValue.stripTrailingZeros().toPlainString() + " for " + indicator.code;
        }
        if (indicator.minValue == null) {
            return "must be at most " + indicator.maxValue.stripTrailingZeros().toPlainString() + " for " + indicator.code;
        }
        return "must be between " + indicator.minValue.stripTrailingZeros().toPlainString() + " and "
                + indicator.maxValue.stripTrailingZeros().toPlainString() + " (" + indicator.unit + ") for " + indicator.code;
    }
}
