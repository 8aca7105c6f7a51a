package vn.thidua.award;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.Consistent;
import vn.thidua.common.Problem;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest", description = "The outcome recorded by the Central Committee. APPROVED needs decisionNumber, "
        + "decisionDate and decidingAuthority; REJECTED needs a reason and no decision fields.")
@Consistent
public record DecisionRequest(
        @NotNull
        @Schema(required = true)
        DecisionOutcome outcome,
        @Size(max = 50)
        @Schema(description = "Number of the decision (APPROVED).", example = "1234/QĐ-TTg")
        String decisionNumber,
        @Schema(description = "Date the decision was signed (APPROVED).", example = "2024-10-14")
        LocalDate decisionDate,
        @Size(max = 200)
        @Schema(description = "Who signed it (APPROVED).", example = "Thủ tướng Chính phủ")
        String decidingAuthority,
        @Size(max = 2000)
        @Schema(description = "Why it was refused (REJECTED).",
                example = "Chưa đủ điều kiện theo Điều 25 Luật Thi đua, khen thưởng.")
        String reason) implements Consistent.Rules {

    @Override
    public List<Problem.FieldError> inconsistencies() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (outcome == DecisionOutcome.APPROVED) {
            if (decisionNumber == null || decisionNumber.isBlank()) {
                errors.add(new Problem.FieldError("decisionNumber", "an approval needs the decision's number"));
            }
            if (decisionDate == null) {
                errors.add(new Problem.FieldError("decisionDate", "an approval needs the date the decision was signed"));
            }
            if (decidingAuthority == null || decidingAuthority.isBlank()) {
                errors.add(new Problem.FieldError("decidingAuthority", "an approval needs who signed the decision"));
            }
        } else if (outcome == DecisionOutcome.REJECTED) {
            if (reason == null || reason.isBlank()) {
                errors.add(new Problem.FieldError("reason", "a rejection needs a reason"));
            }
            if (decisionNumber != null || decisionDate != null || decidingAuthority != null) {
                errors.add(new Problem.FieldError("outcome", "decision number, date and authority belong to an approval"));
            }
        }
        return errors;
    }
}
