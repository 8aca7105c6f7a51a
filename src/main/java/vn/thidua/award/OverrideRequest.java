package vn.thidua.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverrideRequest", description = "Why central staff let a Government Emulation Flag nominee go ahead "
        + "against the ranking of the confirmed scores.")
public record OverrideRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "The reason, kept on the recommendation and in its history.", required = true,
                example = "Tỉnh xếp thứ nhất đã được tặng Cờ thi đua của Chính phủ ba năm liền; Cụm thống nhất đề nghị tỉnh xếp thứ hai.")
        String reason) {
}
