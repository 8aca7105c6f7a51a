package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.common.Numbers;

@Schema(name = "ScoringScheme", description = "A cluster's scoring scheme for a year: criteria in groups, bonus and "
        + "penalty items, the tie rule. Frozen once a member submits its scorecard.")
public record ScoringSchemeView(
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The emulation year scored.", example = "2023", required = true)
        int year,
        @Schema(description = "The scheme's title.", example = "Bảng chấm điểm thi đua Cụm năm 2023", required = true)
        String title,
        @Schema(description = "The criteria groups, in order.", required = true)
        List<Group> groups,
        @Schema(description = "Bonus items.", required = true)
        List<Item> bonuses,
        @Schema(description = "Penalty items.", required = true)
        List<Item> penalties,
        @Schema(description = "The most points a member can reach: all criteria at their maximum plus every bonus.",
                example = "105", required = true)
        BigDecimal maximumTotal,
        @Schema(description = "The tie rule, in order.", required = true)
        List<TieBreakerView> tieRule,
        @Schema(description = "Whether a member has submitted its scorecard: a frozen scheme cannot change. Draft "
                + "scorecards freeze nothing.",
                example = "true", required = true)
        boolean frozen,
        @Schema(description = "When it was created.", example = "2023-03-20T02:00:00Z", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When it last changed.", example = "2023-03-20T02:00:00Z", required = true)
        OffsetDateTime updatedAt) {

    @Schema(name = "CriteriaGroup", description = "A group of criteria.")
    public record Group(
            @Schema(description = "The group's code.", example = "I", required = true) String code,
            @Schema(description = "The group's name.", example = "Thực hiện các chỉ tiêu kinh tế - xã hội", required = true)
            String name,
            @Schema(description = "The sum of its criteria's maximum points.", example = "60", required = true)
            BigDecimal maxPoints,
            @Schema(description = "Its criteria, in order.", required = true) List<Item> criteria) {
    }

    @Schema(name = "ScoringItem", description = "A criterion, bonus item or penalty item.")
    public record Item(
            @Schema(description = "The item's code.", example = "I.1", required = true) String code,
            @Schema(description = "What is scored.", example = "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán",
                    required = true) String name,
            @Schema(description = "Its maximum (criterion) or limit (bonus, penalty).", example = "10", required = true)
            BigDecimal maxPoints) {

        static Item of(ScoringItem i) {
            return new Item(i.code, i.name, Numbers.plain(i.maxPoints));
        }
    }

    @Schema(name = "TieBreaker", description = "One step of the tie rule.")
    public record TieBreakerView(
            @Schema(required = true) TieBreakerKind kind,
            @Schema(description = "With GROUP_POINTS: the criteria group.", example = "I") String groupCode,
            @Schema(description = "With INDICATOR: the indicator.", example = "BUDGET_REVENUE") String indicatorCode) {

        static TieBreakerView of(TieBreaker b) {
            return new TieBreakerView(b.kind, b.groupCode, b.indicator == null ? null : b.indicator.code);
        }
    }

    public static ScoringSchemeView of(ScoringScheme s) {
        Map<String, List<ScoringItem>> byGroup = new LinkedHashMap<>();
        List<Item> bonuses = new ArrayList<>();
        List<Item> penalties = new ArrayList<>();
        BigDecimal maximum = BigDecimal.ZERO;
        for (ScoringItem item : s.items) {
            switch (item.kind) {
                case CRITERION -> byGroup.computeIfAbsent(item.groupCode, g -> new ArrayList<>()).add(item);
                case BONUS -> bonuses.add(Item.of(item));
                case PENALTY -> penalties.add(Item.of(item));
            }
            if (item.kind != ScoringItemKind.PENALTY) {
                maximum = maximum.add(item.maxPoints);
            }
        }
        List<Group> groups = byGroup.values().stream().map(items -> new Group(items.get(0).groupCode, items.get(0).groupName,
                Numbers.plain(items.stream().map(i -> i.maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)),
                items.stream().map(Item::of).toList())).toList();
        return new ScoringSchemeView(s.cluster.code, s.year, s.title, groups, bonuses, penalties, Numbers.plain(maximum),
                s.tieRule.stream().map(TieBreakerView::of).toList(), s.frozen(), s.createdAt, s.updatedAt);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ScoringSchemePage", description = "One page of scoring schemes.")
    public static final class Page extends PageView<ScoringSchemeView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
