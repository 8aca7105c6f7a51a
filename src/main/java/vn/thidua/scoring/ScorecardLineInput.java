package vn.thidua.scoring;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScorecardLineInput", description = "A member's own points for one item of the scheme, with its evidence.")
public record ScorecardLineInput(
        @NotNull @Pattern(regexp = ScoringItemInput.CODE, message = "must be an item code of the scheme, e.g. \"I.1\"")
        @Schema(description = "Code of a criterion, bonus or penalty item of the scheme.", example = "I.1", required = true)
        String itemCode,
        @NotNull @Digits(integer = 5, fraction = 2, message = "must have at most 2 decimals")
        @Schema(description = "The points, from 0 to the item's maximum (for a penalty: the points deducted).",
                example = "10", required = true)
        BigDecimal points,
        @Size(max = 2000)
        @Schema(description = "A short evidence note (minh chứng).",
                example = "Thu ngân sách năm 2023 đạt 112% dự toán (Báo cáo số 15/BC-UBND).")
        String evidence) {
}
