package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.common.Numbers;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "Scorecard", description = "A member's scorecard for the year: its own points with evidence, and once "
        + "reviewed the agreed points.")
public record ScorecardView(
        @Schema(description = "Server-made identity of the scorecard.", example = "12", required = true)
        long id,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The member (the unit of that year).", required = true)
        ProvinceRef province,
        @Schema(description = "The emulation year scored.", example = "2023", required = true)
        int year,
        @Schema(required = true)
        ScorecardStatus status,
        @Schema(description = "One line per item scored, in the scheme's order.", required = true)
        List<Line> lines,
        @Schema(description = "The member's own total: criteria and bonuses add, penalties deduct.", example = "96.5",
                required = true)
        BigDecimal selfTotal,
        @Schema(description = "The agreed total, once reviewed.", example = "95.5")
        BigDecimal agreedTotal,
        @Schema(description = "Why the card was returned; present while it is RETURNED, until submitted again.",
                example = "Đề nghị bổ sung minh chứng tiêu chí I.1.")
        String returnReason,
        @Schema(description = "The actions the card's state allows now (update is PUT); who may do them is in each "
                + "operation's description.", example = "[\"update\", \"submit\"]", required = true)
        List<String> allowedActions,
        @Schema(description = "When the card was created.", example = "2024-01-10T03:00:00Z", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When the card last changed.", example = "2024-03-20T03:00:00Z", required = true)
        OffsetDateTime updatedAt) {

    @Schema(name = "ScorecardLine", description = "One item of a scorecard.")
    public record Line(
            @Schema(description = "Code of the item.", example = "I.1", required = true) String itemCode,
            @Schema(description = "What is scored.", example = "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán",
                    required = true) String itemName,
            @Schema(required = true) ScoringItemKind kind,
            @Schema(description = "The criteria group (criteria only).", example = "I") String groupCode,
            @Schema(description = "The item's maximum or limit.", example = "10", required = true) BigDecimal maxPoints,
            @Schema(description = "The member's own points.", example = "10", required = true) BigDecimal selfPoints,
            @Schema(description = "The member's evidence note.", example = "Thu ngân sách năm 2023 đạt 112% dự toán.")
            String evidence,
            @Schema(description = "The agreed points, once reviewed.", example = "10") BigDecimal agreedPoints,
            @Schema(description = "Why the reviewer changed the points.",
                    example = "Chưa có minh chứng về tỷ lệ giải ngân vốn đầu tư công.") String reviewReason) {

        static Line of(ScorecardLine l) {
            return new Line(l.item.code, l.item.name, l.item.kind, l.item.groupCode, Numbers.plain(l.item.maxPoints),
                    Numbers.plain(l.selfPoints), l.evidence, Numbers.plain(l.agreedPoints), l.reviewReason);
        }
    }

    public static ScorecardView of(Scorecard c) {
        boolean reviewed = c.status == ScorecardStatus.REVIEWED || c.status == ScorecardStatus.CONFIRMED;
        return new ScorecardView(c.id, c.cluster.code, ProvinceRef.of(c.province), c.year, c.status,
                c.orderedLines().stream().map(Line::of).toList(), Numbers.plain(c.total(l -> l.selfPoints)),
                reviewed ? Numbers.plain(c.total(l -> l.agreedPoints)) : null, c.returnReason,
                c.status.allowedActions(), c.createdAt, c.updatedAt);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ScorecardPage", description = "One page of scorecards.")
    public static final class Page extends PageView<ScorecardView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
