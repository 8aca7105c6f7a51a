package vn.thidua.scoring;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScorecardNote", description = "A note to a workflow action; required (the reason) for return.")
public record ScorecardNote(
        @Size(max = 2000)
        @Schema(description = "Note recorded in the history; for return, the reason the province reads.",
                example = "Đề nghị bổ sung minh chứng tiêu chí I.1.")
        String note) {
}
