package vn.thidua.movement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MovementUpdate", description = "A movement's changeable fields; PUT replaces them all. The code stays.")
public record MovementUpdate(
        @NotBlank @Size(max = 300)
        @Schema(description = "Vietnamese name.", example = "Cả nước chung sức xây dựng nông thôn mới",
                required = true)
        String name,
        @Min(1945) @Max(2100)
        @Schema(description = "First year, where known.", example = "2021")
        Integer startYear,
        @Min(1945) @Max(2100)
        @Schema(description = "Last year; leave out while it runs or where unknown.", example = "2025")
        Integer endYear,
        @Size(max = 2000)
        @Schema(description = "What it is about, who launched it.",
                example = "Phong trào thi đua giai đoạn 2021–2025.")
        String description) {
}
