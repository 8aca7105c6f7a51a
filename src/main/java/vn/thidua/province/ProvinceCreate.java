package vn.thidua.province;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProvinceCreate", description = "A new provincial-level unit, possibly taking over others (a merger).")
public record ProvinceCreate(
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"35\"")
        @Schema(description = "Two-digit code.", example = "37", required = true)
        String code,
        @NotBlank @Size(max = 100)
        @Schema(description = "Short name.", example = "Ninh Bình", required = true)
        String name,
        @NotBlank @Size(max = 150)
        @Schema(description = "Full name.", example = "Tỉnh Ninh Bình", required = true)
        String fullName,
        @NotNull
        @Schema(required = true)
        ProvinceType type,
        @NotNull
        @Schema(description = "First day of the unit.", example = "2025-07-01", required = true)
        LocalDate validFrom,
        @Schema(description = "Last day; leave out while the unit exists.")
        LocalDate validTo,
        @Size(max = 20)
        @Schema(description = "Codes of the units this one takes over, read on the day before validFrom. "
                + "They are retired on that day and get this unit as their successor.",
                example = "[\"35\", \"36\"]", maxItems = 20)
        List<@NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits") String> predecessorCodes) {
}
