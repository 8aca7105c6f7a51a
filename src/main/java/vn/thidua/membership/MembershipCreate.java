package vn.thidua.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipCreate", description = "A province joining a cluster for a year.")
public record MembershipCreate(
        @NotNull @Min(1945) @Max(2100)
        @Schema(description = "The year.", example = "2023", required = true)
        Integer year,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"34\"")
        @Schema(description = "Code of a unit that exists during that year. Where the code named two units in the "
                + "year (2025), it means the later one.", example = "34", required = true)
        String provinceCode,
        @NotNull
        @Schema(required = true)
        MembershipRole role) {
}
