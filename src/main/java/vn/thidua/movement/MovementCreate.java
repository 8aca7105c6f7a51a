package vn.thidua.movement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MovementCreate", description = "A new emulation movement.")
public record MovementCreate(
        @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$", message = "must be 2 to 40 capital letters, digits, '-' or '_'")
        @Schema(description = "Stable code; it addresses the movement and cannot change.", example = "CHUYEN-DOI-SO", required = true)
        String code,
        @NotBlank @Size(max = 300)
        @Schema(description = "Vietnamese name.", example = "Thi đua thực hiện chuyển đổi số quốc gia",
                required = true)
        String name,
        @Min(1945) @Max(2100)
        @Schema(description = "First year, where known.", example = "2024")
        Integer startYear,
        @Min(1945) @Max(2100)
        @Schema(description = "Last year; leave out while it runs or where unknown.", example = "2030")
        Integer endYear,
        @Size(max = 2000)
        @Schema(description = "What it is about, who launched it.",
                example = "Phong trào thi đua do Thủ tướng Chính phủ phát động.")
        String description) {
}
