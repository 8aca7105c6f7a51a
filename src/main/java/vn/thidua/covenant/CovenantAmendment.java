package vn.thidua.covenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CovenantAmendment", description = "An amendment of a signed covenant: the items as amended, and why.")
public record CovenantAmendment(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why the covenant is amended; kept in its history.", required = true,
                example = "Điều chỉnh chỉ tiêu xã đạt chuẩn nông thôn mới theo kế hoạch được Trung ương giao bổ sung.")
        String reason,
        @NotEmpty @Size(max = 50)
        @Schema(description = "All the items as amended, in order (the new revision).", required = true)
        List<@NotNull @Valid CovenantItemInput> items) {
}
