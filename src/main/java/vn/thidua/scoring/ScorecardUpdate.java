package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScorecardUpdate", description = "The whole self-assessment, replacing the one stored.")
public record ScorecardUpdate(
        @NotNull @Size(max = 200)
        @Schema(description = "The member's own points, one line per item.", required = true)
        List<@NotNull @Valid ScorecardLineInput> lines) {
}
