package vn.thidua.cluster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterCreate", description = "A new cluster.")
public record ClusterCreate(
        @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,19}$",
                message = "must be 2 to 20 capital letters, digits, '-' or '_', e.g. \"DBSH\"")
        @Schema(description = "Stable code; it addresses the cluster and cannot change.", example = "DBSH", required = true)
        String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Name.", example = "Cụm thi đua các tỉnh Đồng bằng sông Hồng",
                required = true)
        String name,
        @NotNull
        @Schema(required = true)
        ClusterKind kind,
        @Size(max = 2000)
        @Schema(description = "Who organises it and what it gathers.",
                example = "Cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức.")
        String description) {
}
