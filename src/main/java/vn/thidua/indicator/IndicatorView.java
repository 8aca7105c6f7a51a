package vn.thidua.indicator;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.Numbers;
import vn.thidua.common.PageView;

@Schema(name = "Indicator", description = "An indicator members report and cluster reviews compare.")
public record IndicatorView(
        @Schema(description = "Stable code, used in reports' values.", example = "BUDGET_REVENUE", required = true)
        String code,
        @Schema(description = "Vietnamese name.", example = "Thu ngân sách nhà nước trên địa bàn", required = true)
        String nameVi,
        @Schema(description = "Unit the value is reported in.", example = "tỷ đồng", required = true)
        String unit,
        @Schema(required = true)
        ValueType valueType,
        @Schema(required = true)
        Aggregation aggregation,
        @Schema(description = "For WEIGHTED_AVERAGE: code of the indicator that weighs this one.", example = "GRDP")
        String weightIndicatorCode,
        @Schema(description = "Smallest value accepted; absent when unbounded.", example = "0")
        BigDecimal minValue,
        @Schema(description = "Largest value accepted; absent when unbounded.", example = "100")
        BigDecimal maxValue,
        @Schema(description = "Whether a higher value ranks better (false for the poverty rate).", example = "true",
                required = true)
        boolean higherIsBetter) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code, i.nameVi, i.unit, i.valueType, i.aggregation,
                i.weightIndicator == null ? null : i.weightIndicator.code,
                Numbers.plain(i.minValue), Numbers.plain(i.maxValue), i.higherIsBetter);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "IndicatorPage", description = "One page of indicators.")
    public static final class Page extends PageView<IndicatorView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
