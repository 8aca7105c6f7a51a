package vn.thidua.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TieBreakerInput", description = "One step of the tie rule: groupCode with GROUP_POINTS, indicatorCode "
        + "with INDICATOR, neither with MAXIMUM_SCORES.")
public record TieBreakerInput(
        @NotNull
        @Schema(required = true)
        TieBreakerKind kind,
        @Pattern(regexp = ScoringItemInput.CODE, message = "must be a group code of the scheme")
        @Schema(description = "With GROUP_POINTS: the criteria group compared.", example = "I")
        String groupCode,
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an indicator code, e.g. \"BUDGET_REVENUE\"")
        @Schema(description = "With INDICATOR: the indicator compared (GET /api/v1/indicators).", example = "BUDGET_REVENUE")
        String indicatorCode) {
}
