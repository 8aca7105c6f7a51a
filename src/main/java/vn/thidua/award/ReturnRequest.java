package vn.thidua.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnRequest", description = "Why the cluster head sends a recommendation back to the proposer.")
public record ReturnRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "What to correct or add.", required = true,
                example = "Bổ sung số liệu thu ngân sách năm 2023 và xác nhận của Sở Nội vụ.")
        String reason) {
}
