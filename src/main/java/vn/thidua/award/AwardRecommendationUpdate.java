package vn.thidua.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardRecommendationUpdate", description = "A recommendation's changeable fields; PUT replaces them all. "
        + "Cluster, year and proposing province stay.")
public record AwardRecommendationUpdate(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an award type code, e.g. \"GOV_EMULATION_FLAG\"")
        @Schema(description = "Code of the award type (see /api/v1/award-types).", example = "PM_CERTIFICATE_OF_MERIT", required = true)
        String awardTypeCode,
        @NotNull
        @Schema(required = true)
        CommendationKind kind,
        @NotNull
        @Schema(description = "Must be one the award type can go to (its recipients).", required = true)
        NomineeKind nomineeKind,
        @NotBlank @Size(max = 300)
        @Schema(description = "Name of the person, collective or household.", example = "Công ty TNHH FrieslandCampina Hà Nam", required = true)
        String nomineeName,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"35\"")
        @Schema(description = "Code of the nominee's province that year; it must be a member of the cluster that year.",
                example = "35", required = true)
        String nomineeProvinceCode,
        @Size(max = 300)
        @Schema(description = "The nominee's organisation or workplace.", example = "Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam")
        String nomineeOrganisation,
        @Size(max = 200)
        @Schema(description = "The nominee's position (individuals).", example = "Tổ trưởng sản xuất")
        String nomineePosition,
        @Schema(description = "Whether the nominee is a direct worker (người lao động trực tiếp); individuals only. Default false.",
                example = "false")
        Boolean directWorker,
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$", message = "must be a movement code, e.g. \"NONG-THON-MOI\"")
        @Schema(description = "Code of the movement the achievements belong to, if any.", example = "NONG-THON-MOI")
        String movementCode,
        @NotBlank @Size(max = 20000)
        @Schema(description = "The achievements (tóm tắt thành tích).", required = true,
                example = "Điển hình tiên tiến trong phong trào xây dựng nông thôn mới; hỗ trợ nông dân phát triển chăn nuôi bò sữa.")
        String achievements) implements Proposal {
}
