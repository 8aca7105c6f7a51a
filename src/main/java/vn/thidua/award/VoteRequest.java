package vn.thidua.award;

import java.util.List;
import vn.thidua.common.Consistent;
import vn.thidua.common.Problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VoteRequest", description = "The cluster's vote (bỏ phiếu) on a recommendation. The numbers must add up: "
        + "membersPresent = votesFor + votesAgainst + votesAbstaining, and membersPresent is at most the cluster's members "
        + "that year. Endorsed when at least two thirds of the members were present and more than half of those present "
        + "voted for.")
@Consistent
public record VoteRequest(
        @NotNull @Min(0) @Max(1000)
        @Schema(description = "Members present.", example = "9", required = true)
        Integer membersPresent,
        @NotNull @Min(0) @Max(1000)
        @Schema(description = "Votes for.", example = "8", required = true)
        Integer votesFor,
        @NotNull @Min(0) @Max(1000)
        @Schema(description = "Votes against.", example = "1", required = true)
        Integer votesAgainst,
        @NotNull @Min(0) @Max(1000)
        @Schema(description = "Abstentions.", example = "0", required = true)
        Integer votesAbstaining,
        @Size(max = 2000)
        @Schema(description = "Where and when the vote was held.",
                example = "Hội nghị tổng kết công tác thi đua Cụm năm 2023, Thái Bình.")
        String note) implements Consistent.Rules {

    @Override
    public List<Problem.FieldError> inconsistencies() {
        if (membersPresent == null || votesFor == null || votesAgainst == null || votesAbstaining == null) {
            return List.of(); // @NotNull names what is missing
        }
        int cast = votesFor + votesAgainst + votesAbstaining;
        return membersPresent == cast ? List.of() : List.of(new Problem.FieldError("membersPresent",
                "must equal votesFor + votesAgainst + votesAbstaining (" + votesFor + " + " + votesAgainst + " + "
                        + votesAbstaining + " = " + cast + "), not " + membersPresent));
    }
}
