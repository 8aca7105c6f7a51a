package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaGroupInput", description = "A group of criteria (nhóm tiêu chí).")
public record CriteriaGroupInput(
        @NotNull @Pattern(regexp = ScoringItemInput.CODE, message = "must be 1 to 20 letters, digits, '.', '_' or '-'")
        @Schema(description = "The group's code, unique in the scheme's groups.", example = "I", required = true)
        String code,
        @NotBlank @Size(max = 300)
        @Schema(description = "The group's name.", example = "Thực hiện các chỉ tiêu kinh tế - xã hội", required = true)
        String name,
        @NotEmpty @Size(max = 100)
        @Schema(description = "The group's criteria, in order.", required = true)
        List<@NotNull @Valid ScoringItemInput> criteria) {
}
