package vn.thidua.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringItemInput", description = "A criterion, a bonus item or a penalty item with its maximum points.")
public record ScoringItemInput(
        @NotNull @Pattern(regexp = CODE, message = "must be 1 to 20 letters, digits, '.', '_' or '-'")
        @Schema(description = "The item's code, unique in the scheme (criteria, bonuses and penalties together).",
                example = "I.1", required = true)
        String code,
        @NotBlank @Size(max = 500)
        @Schema(description = "What is scored.", example = "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán",
                required = true)
        String name,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than 0") @DecimalMax("99999.99")
        @Digits(integer = 5, fraction = 2, message = "must have at most 2 decimals")
        @Schema(description = "For a criterion its maximum points; for a bonus the most it adds, for a penalty the most "
                + "it deducts.", example = "10", required = true)
        BigDecimal maxPoints) {

    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$";
}
