package vn.thidua.report;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportValueInput", description = "One indicator's value in a report, in the indicator's unit.")
public record ReportValueInput(
        @NotBlank
        @Schema(description = "Code of an indicator of the catalog (GET /api/v1/indicators).", example = "BUDGET_REVENUE",
                required = true)
        String indicatorCode,
        @NotNull @Digits(integer = 14, fraction = 4, message = "must have at most 14 digits and 4 decimals")
        @Schema(description = "The value in the indicator's unit: a whole number for INTEGER indicators, within the "
                + "indicator's minValue and maxValue (money and counts are never negative, percentages 0 to 100, "
                + "growth -100 to 100).", example = "17200", required = true)
        BigDecimal value) {
}
