package vn.thidua.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.Table;
import vn.thidua.scoring.ScoringSchemeView.TieBreakerView;

@Schema(name = "ScoreRanking", description = "The cluster's ranking of the year by the confirmed scorecards: ordinal ranks "
        + "(first, second, ...) by total points, then by the scheme's tie rule; who leads.")
public record ScoreRankingView(
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The emulation year.", example = "2023", required = true)
        int year,
        @Schema(description = "The scheme's title.", example = "Bảng chấm điểm thi đua Cụm năm 2023", required = true)
        String schemeTitle,
        @Schema(description = "The tie rule applied, in order; tieBreakerValues follow it.", required = true)
        List<TieBreakerView> tieRule,
        @Schema(description = "How many members the cluster has that year.", example = "9", required = true)
        long members,
        @Schema(description = "Members ranked first to last; only CONFIRMED scorecards count.", required = true)
        List<Entry> entries,
        @Schema(description = "The member ranked first alone; absent while no card is confirmed or the first place is "
                + "shared.")
        Leader leader,
        @Schema(description = "Whether several members share the first place after the whole tie rule.", example = "false",
                required = true)
        boolean firstPlaceShared,
        @Schema(description = "Members whose scorecard is not confirmed yet (or who have none), by province code.",
                required = true)
        List<Leader> notConfirmed,
        @JsonIgnore @Schema(hidden = true)
        List<String> tieRuleLabels) implements Table {

    @Schema(name = "ScoreRankingEntry", description = "A member's place in the ranking of the year.")
    public record Entry(
            @Schema(description = "Rank, from 1; members equal in points and in every step of the tie rule share it and "
                    + "the next rank skips (1, 2, 2, 4).", example = "1", required = true) long rank,
            @Schema(description = "Province code (the unit of that year).", example = "36", required = true)
            String provinceCode,
            @Schema(description = "Province name.", example = "Nam Định", required = true) String provinceName,
            @Schema(description = "Final points: criteria plus bonuses minus penalties, as agreed.", example = "97.5",
                    required = true) BigDecimal totalPoints,
            @Schema(description = "Agreed points of the criteria.", example = "95", required = true) BigDecimal criteriaPoints,
            @Schema(description = "Agreed bonus points.", example = "3", required = true) BigDecimal bonusPoints,
            @Schema(description = "Agreed penalty points (deducted).", example = "0.5", required = true) BigDecimal penaltyPoints,
            @Schema(description = "How many criteria reached their maximum.", example = "8", required = true) long maximumScores,
            @Schema(description = "The member's value for each step of the tie rule, in the rule's order.", required = true)
            List<TieValue> tieBreakerValues) {
    }

    @Schema(name = "ScoreRankingTieValue", description = "A member's value for one step of the tie rule.")
    public record TieValue(
            @Schema(description = "The value; absent where the member has none (e.g. no accepted report for the year).",
                    example = "8") BigDecimal value) {
    }

    @Schema(name = "ScoreRankingMember", description = "A member named by the ranking.")
    public record Leader(
            @Schema(description = "Province code (the unit of that year).", example = "36", required = true) String provinceCode,
            @Schema(description = "Province name.", example = "Nam Định", required = true) String provinceName) {
    }

    @Override
    public List<String> tableHeader() {
        List<String> header = new ArrayList<>(List.of("Hạng", "Mã tỉnh", "Tỉnh", "Tổng điểm", "Điểm tiêu chí", "Điểm thưởng",
                "Điểm trừ", "Số tiêu chí đạt điểm tối đa"));
        header.addAll(tieRuleLabels);
        return header;
    }

    @Override
    public Stream<List<?>> tableRows() {
        return entries.stream().map(e -> {
            List<Object> row = new ArrayList<>(List.of(e.rank(), e.provinceCode(), e.provinceName(), e.totalPoints(),
                    e.criteriaPoints(), e.bonusPoints(), e.penaltyPoints(), e.maximumScores()));
            for (int i = 0; i < tieRule.size(); i++) {
                row.add(i < e.tieBreakerValues().size() ? e.tieBreakerValues().get(i).value() : null);
            }
            return row;
        });
    }

    @Override
    public String tableName() {
        return clusterCode + "-" + year + "-scores";
    }
}
