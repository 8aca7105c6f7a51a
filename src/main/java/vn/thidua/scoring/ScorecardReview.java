package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScorecardReview", description = "The review of a scorecard: the agreed points where they differ from the "
        + "member's, each with its reason. Items not listed keep the member's points.")
public record ScorecardReview(
        @Size(max = 200)
        @Schema(description = "The changed items.")
        List<@NotNull @Valid Change> changes,
        @Size(max = 2000)
        @Schema(description = "A note for the history.", example = "Thẩm định tại hội nghị tổng kết Cụm ngày 20/3/2024.")
        String note) {

    @Schema(name = "ScorecardReviewChange", description = "The agreed points of one item, with the reason for the change.")
    public record Change(
            @NotNull @Pattern(regexp = ScoringItemInput.CODE, message = "must be an item code of the scheme, e.g. \"I.1\"")
            @Schema(description = "Code of the item.", example = "II.2", required = true)
            String itemCode,
            @NotNull @Digits(integer = 5, fraction = 2, message = "must have at most 2 decimals")
            @Schema(description = "The agreed points, from 0 to the item's maximum.", example = "8", required = true)
            BigDecimal points,
            @Size(max = 2000)
            @Schema(description = "Why the points differ from the member's own; required when they do.",
                    example = "Chưa có minh chứng về tỷ lệ giải ngân vốn đầu tư công.")
            String reason) {
    }
}
