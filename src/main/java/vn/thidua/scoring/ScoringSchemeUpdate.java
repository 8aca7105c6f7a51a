package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringSchemeUpdate", description = "The whole scheme, replacing the one stored (until a member submits its scorecard).")
public record ScoringSchemeUpdate(
        @NotBlank @Size(max = 300)
        @Schema(description = "The scheme's title.", example = "Bảng chấm điểm thi đua Cụm năm 2023", required = true)
        String title,
        @NotEmpty @Size(max = 20)
        @Schema(description = "The criteria groups, in order.", required = true)
        List<@NotNull @Valid CriteriaGroupInput> groups,
        @Size(max = 50)
        @Schema(description = "Bonus items (điểm thưởng), each with the most it adds.")
        List<@NotNull @Valid ScoringItemInput> bonuses,
        @Size(max = 50)
        @Schema(description = "Penalty items (điểm trừ), each with the most it deducts.")
        List<@NotNull @Valid ScoringItemInput> penalties,
        @Size(max = 10)
        @Schema(description = "The tie rule, applied in order to members with equal points.")
        List<@NotNull @Valid TieBreakerInput> tieRule) implements SchemeContent {
}
