package vn.thidua.province;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProvinceUpdate", description = "A correction of a unit: replaces all its fields. "
        + "Setting validTo (and successorCode) retires it.")
public record ProvinceUpdate(
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"35\"")
        @Schema(description = "Two-digit code.", example = "34", required = true)
        String code,
        @NotBlank @Size(max = 100)
        @Schema(description = "Short name.", example = "Thái Bình", required = true)
        String name,
        @NotBlank @Size(max = 150)
        @Schema(description = "Full name.", example = "Tỉnh Thái Bình", required = true)
        String fullName,
        @NotNull
        @Schema(required = true)
        ProvinceType type,
        @Schema(description = "First day; leave out for a unit of the 2004 code list.")
        LocalDate validFrom,
        @Schema(description = "Last day; leave out while the unit exists.", example = "2025-06-30")
        LocalDate validTo,
        @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits")
        @Schema(description = "Code of the unit that took this one over, read on the day after validTo.",
                example = "33")
        String successorCode) {
}
