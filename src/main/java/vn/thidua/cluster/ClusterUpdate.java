package vn.thidua.cluster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterUpdate", description = "A cluster's changeable fields; PUT replaces them all.")
public record ClusterUpdate(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name.", example = "Cụm thi đua các tỉnh Đồng bằng sông Hồng",
                required = true)
        String name,
        @NotNull
        @Schema(description = "Changing it to PROVINCES is refused while a member also belongs to another "
                + "cluster of provinces that year.", required = true)
        ClusterKind kind,
        @Size(max = 2000)
        @Schema(description = "Who organises it and what it gathers.",
                example = "Cụm thi đua gồm 9 tỉnh vùng Đồng bằng sông Hồng, trừ Hà Nội và Hải Phòng.")
        String description) {
}
