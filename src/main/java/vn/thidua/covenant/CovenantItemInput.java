package vn.thidua.covenant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CovenantItemInput", description = "One emulation item of the covenant; a target value needs its indicator.")
public record CovenantItemInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "What the members undertake.", required = true,
                example = "Phấn đấu thu ngân sách nhà nước trên địa bàn vượt dự toán được giao.")
        String text,
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an indicator code, e.g. \"BUDGET_REVENUE\"")
        @Schema(description = "The indicator the item targets (GET /api/v1/indicators).", example = "NTM_COMMUNES")
        String indicatorCode,
        @Digits(integer = 14, fraction = 4, message = "must have at most 14 digits and 4 decimals")
        @Schema(description = "The target value, in the indicator's unit and range.", example = "1400")
        BigDecimal targetValue) {
}
