package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TieVoteInput", description = "The result of the members' vote between members tied for a place after the "
        + "tie rule's steps before VOTE.")
public record TieVoteInput(
        @NotNull
        @Schema(description = "The day of the vote.", example = "2024-03-13", required = true)
        LocalDate heldOn,
        @NotNull @Min(1) @Max(1000)
        @Schema(description = "Members present at the vote.", example = "9", required = true)
        Integer membersPresent,
        @NotNull @Size(min = 2, max = 100)
        @Schema(description = "The votes for each of the tied members: all of them, each once.", required = true)
        List<@NotNull @Valid Votes> votes,
        @Size(max = 2000)
        @Schema(description = "A note, e.g. the minutes' number.", example = "Biên bản hội nghị tổng kết năm 2023 của Cụm.")
        String note) {

    @Schema(name = "TieVotes", description = "The votes for one tied member.")
    public record Votes(
            @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"36\"")
            @Schema(description = "Code of the member (the unit of that year).", example = "36", required = true)
            String provinceCode,
            @NotNull @Min(0) @Max(1000)
            @Schema(description = "Votes for it; at most the members present.", example = "6", required = true)
            Integer votes) {
    }
}
