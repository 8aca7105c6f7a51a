package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScorecardCreate", description = "A member's scorecard for the year, created as a DRAFT.")
public record ScorecardCreate(
        @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,19}$", message = "must be a cluster code, e.g. \"DBSH\"")
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"36\"")
        @Schema(description = "Code of the member province that year.", example = "36", required = true)
        String provinceCode,
        @NotNull @Min(1945) @Max(2100)
        @Schema(description = "The emulation year scored.", example = "2023", required = true)
        Integer year,
        @NotNull @Size(max = 200)
        @Schema(description = "The member's own points, one line per item; every criterion must be scored before the "
                + "card is submitted.", required = true)
        List<@NotNull @Valid ScorecardLineInput> lines) {
}
