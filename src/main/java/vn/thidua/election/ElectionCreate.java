package vn.thidua.election;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ElectionCreate", description = "The election of a year's head and deputies, as the year-end review "
        + "recorded it.")
public record ElectionCreate(
        @NotNull @Min(1946) @Max(2100)
        @Schema(description = "The year the elected serve (the year after the one reviewed).", example = "2024", required = true)
        Integer year,
        @NotNull
        @Schema(description = "The day of the vote, in that year or late in the year before.", example = "2024-03-13",
                required = true)
        LocalDate heldOn,
        @Size(max = 200)
        @Schema(description = "Where the conference was held.", example = "Thành phố Thái Bình")
        String place,
        @NotNull @Min(1) @Max(1000)
        @Schema(description = "Members present at the vote.", example = "9", required = true)
        Integer membersPresent,
        @NotNull @Valid
        @Schema(description = "The head elected (cụm trưởng).", required = true)
        Elected head,
        @NotNull @Size(max = 10)
        @Schema(description = "The deputies elected (cụm phó), in order.", required = true)
        List<@NotNull @Valid Elected> deputies,
        @Schema(description = "The conference that held the vote, if recorded: one of this cluster's conferences about "
                + "the year reviewed (usually its year-end review).", example = "17")
        Long conferenceId,
        @Size(max = 2000)
        @Schema(description = "A note, e.g. the minutes' number.", example = "Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
        String note) {

    @Schema(name = "Elected", description = "A province elected, with the votes for it.")
    public record Elected(
            @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"30\"")
            @Schema(description = "Code of a unit that exists in the year served and is a member that year (this "
                    + "year's members are carried over).", example = "30", required = true)
            String provinceCode,
            @NotNull @Min(0) @Max(1000)
            @Schema(description = "Votes for it; at most the members present.", example = "9", required = true)
            Integer votes) {
    }
}
