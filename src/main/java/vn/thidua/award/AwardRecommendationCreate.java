package vn.thidua.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardRecommendationCreate", description = "A new recommendation, created as a DRAFT of the proposing province.")
public record AwardRecommendationCreate(
        @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,19}$", message = "must be a cluster code, e.g. \"DBSH\"")
        @Schema(description = "Code of the cluster the recommendation goes through.", example = "DBSH", required = true)
        String clusterCode,
        @NotNull @Min(1945) @Max(2100)
        @Schema(description = "The year of the achievements (the emulation year).", example = "2023", required = true)
        Integer year,
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an award type code, e.g. \"GOV_EMULATION_FLAG\"")
        @Schema(description = "Code of the award type (see /api/v1/award-types).", example = "GOV_EMULATION_FLAG", required = true)
        String awardTypeCode,
        @NotNull
        @Schema(required = true)
        CommendationKind kind,
        @NotNull
        @Schema(description = "Must be one the award type can go to (its recipients).", required = true)
        NomineeKind nomineeKind,
        @NotBlank @Size(max = 300)
        @Schema(description = "Name of the person, collective or household.", example = "Tỉnh Nam Định",
                required = true)
        String nomineeName,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"36\"")
        @Schema(description = "Code of the nominee's province that year; it must be a member of the cluster that year.",
                example = "36", required = true)
        String nomineeProvinceCode,
        @Size(max = 300)
        @Schema(description = "The nominee's organisation or workplace.", example = "Ủy ban nhân dân tỉnh Nam Định")
        String nomineeOrganisation,
        @Size(max = 200)
        @Schema(description = "The nominee's position (individuals).", example = "Công nhân vận hành")
        String nomineePosition,
        @Schema(description = "Whether the nominee is a direct worker (người lao động trực tiếp); individuals only. Default false.",
                example = "false")
        Boolean directWorker,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"36\"")
        @Schema(description = "Code of the proposing province that year; it must be a member of the cluster that year. "
                + "A province officer proposes for their own province only.", example = "36",
                required = true)
        String proposingProvinceCode,
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$", message = "must be a movement code, e.g. \"NONG-THON-MOI\"")
        @Schema(description = "Code of the movement the achievements belong to, if any (see /api/v1/movements).",
                example = "NONG-THON-MOI")
        String movementCode,
        @NotBlank @Size(max = 20000)
        @Schema(description = "The achievements (tóm tắt thành tích).", required = true,
                example = "Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023; hoàn thành vượt mức các chỉ tiêu thu ngân sách và xây dựng nông thôn mới.")
        String achievements) implements Proposal {
}
