package vn.thidua.award;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest", description = "The outcome recorded by the Central Committee. APPROVED needs decisionNumber, "
        + "decisionDate and decidingAuthority; REJECTED needs a reason and no decision fields.")
public record DecisionRequest(
        @NotNull
        @Schema(required = true)
        DecisionOutcome outcome,
        @Size(max = 50)
        @Schema(description = "Number of the decision (APPROVED).", maxLength = 50, example = "1234/QĐ-TTg")
        String decisionNumber,
        @Schema(description = "Date the decision was signed (APPROVED).", example = "2024-10-14")
        LocalDate decisionDate,
        @Size(max = 200)
        @Schema(description = "Who signed it (APPROVED).", maxLength = 200, example = "Thủ tướng Chính phủ")
        String decidingAuthority,
        @Size(max = 2000)
        @Schema(description = "Why it was refused (REJECTED).", maxLength = 2000,
                example = "Chưa đủ điều kiện theo Điều 25 Luật Thi đua, khen thưởng.")
        String reason) {
}
