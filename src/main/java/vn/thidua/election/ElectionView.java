package vn.thidua.election;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.membership.MembershipView;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "Election", description = "The election of a cluster's head and deputies for a year, with the memberships "
        + "of that year it set.")
public record ElectionView(
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The year the elected serve.", example = "2024", required = true)
        int year,
        @Schema(description = "The day of the vote.", example = "2024-03-13", required = true)
        LocalDate heldOn,
        @Schema(description = "Where the conference was held.", example = "Thành phố Thái Bình")
        String place,
        @Schema(description = "Members present at the vote.", example = "9", required = true)
        int membersPresent,
        @Schema(description = "The head elected.", required = true)
        ElectedView head,
        @Schema(description = "The deputies elected, in order.", required = true)
        List<ElectedView> deputies,
        @Schema(description = "The conference that held the vote, if recorded.", example = "17")
        Long conferenceId,
        @Schema(description = "A note.", example = "Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
        String note,
        @Schema(description = "The cluster's memberships of the year served, as the election left them: head, deputies, "
                + "members.", required = true)
        List<MembershipView> memberships,
        @Schema(description = "Members of the year before whose unit does not exist in the year served (merged into "
                + "another): not carried over; the unit that took them over joins by a membership of its own.",
                required = true)
        List<ProvinceRef> notCarriedOver,
        @Schema(description = "When it was recorded.", example = "2024-03-13T09:00:00Z", required = true)
        OffsetDateTime createdAt) {

    @Schema(name = "ElectedProvince", description = "A province elected, with the votes for it.")
    public record ElectedView(
            @Schema(required = true) ProvinceRef province,
            @Schema(description = "Votes for it.", example = "9", required = true) int votes) {
    }

    static ElectionView of(Election e, List<MembershipView> memberships, List<ProvinceRef> notCarriedOver) {
        return new ElectionView(e.cluster.code, e.year, e.heldOn, e.place, e.membersPresent,
                new ElectedView(ProvinceRef.of(e.head), e.headVotes),
                e.deputies.stream().map(d -> new ElectedView(ProvinceRef.of(d.province), d.votes)).toList(),
                e.conferenceId, e.note,
                memberships, notCarriedOver, e.createdAt);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ElectionPage", description = "One page of elections.")
    public static final class Page extends PageView<ElectionView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
