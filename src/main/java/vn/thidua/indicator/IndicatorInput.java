package vn.thidua.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as an admin adds it ({@code POST}) or replaces it ({@code PUT}, where the code must stay). */
@Schema(name = "IndicatorInput", description = "An indicator of the catalog, as an admin adds or replaces it.")
public record IndicatorInput(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be 2 to 40 capital letters, digits or '_'")
        @Schema(description = "Stable code, used in reports' values; cannot change once created.",
                example = "FDI_REGISTERED", required = true)
        String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Vietnamese name.", example = "Vốn đầu tư trực tiếp nước ngoài đăng ký",
                required = true)
        String nameVi,
        @NotBlank @Size(max = 40)
        @Schema(description = "Unit the value is reported in.", example = "triệu USD", required = true)
        String unit,
        @NotNull
        @Schema(required = true)
        ValueType valueType,
        @NotNull
        @Schema(required = true)
        Aggregation aggregation,
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an indicator code")
        @Schema(description = "Required for WEIGHTED_AVERAGE, refused otherwise: the indicator that weighs this one.",
                example = "GRDP")
        String weightIndicatorCode,
        @Schema(description = "Smallest value accepted; leave out when unbounded.", example = "0")
        BigDecimal minValue,
        @Schema(description = "Largest value accepted; leave out when unbounded.", example = "100000")
        BigDecimal maxValue,
        @NotNull
        @Schema(description = "Whether a higher value ranks better.", example = "true", required = true)
        Boolean higherIsBetter,
        @Min(0) @Max(10000)
        @Schema(description = "Position in the catalog and in summaries (default: after the others).", example = "160")
        Integer sortOrder) {
}
