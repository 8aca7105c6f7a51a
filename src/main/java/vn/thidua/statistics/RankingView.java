package vn.thidua.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.Table;
import vn.thidua.document.BarChart;
import vn.thidua.document.Charted;
import vn.thidua.document.Vietnamese;
import vn.thidua.report.ReportStatus;

@Schema(name = "ClusterRanking", description = "A cluster's members ordered by one indicator, best first.")
public record RankingView(
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The period.", example = "2023-H1", required = true)
        String period,
        @Schema(description = "The indicator ranked by.", example = "POVERTY_RATE", required = true)
        String indicatorCode,
        @Schema(description = "Vietnamese name of the indicator.", example = "Tỷ lệ hộ nghèo", required = true)
        String indicatorName,
        @Schema(description = "Unit.", example = "%", required = true)
        String unit,
        @Schema(description = "Whether higher values rank first; false (lowest first) for e.g. the poverty rate.",
                example = "false", required = true)
        boolean higherIsBetter,
        @Schema(description = "The report statuses counted.", example = "[\"ACCEPTED\"]", required = true)
        List<ReportStatus> countedStatuses,
        @Schema(description = "Members that gave the indicator, best first; equal values share a rank (1, 2, 2, 4).",
                required = true)
        List<Entry> entries) implements Table, Charted {

    @Schema(name = "RankingEntry", description = "A member's place in a ranking.")
    public record Entry(
            @Schema(description = "Rank, from 1; equal values share it and the next rank skips.", example = "1", required = true)
            long rank,
            @Schema(description = "Province code.", example = "22", required = true) String provinceCode,
            @Schema(description = "Province name.", example = "Quảng Ninh", required = true) String provinceName,
            @Schema(description = "The value.", example = "0.56", required = true) BigDecimal value,
            @Schema(required = true) ReportStatus reportStatus) {
    }

    @Override
    public List<String> tableHeader() {
        return List.of("Hạng", "Mã tỉnh", "Tỉnh", indicatorName + " (" + unit + ")", "Trạng thái báo cáo");
    }

    @Override
    public Stream<List<?>> tableRows() {
        return entries.stream().map(e -> List.of(e.rank(), e.provinceCode(), e.provinceName(), e.value(), e.reportStatus()));
    }

    @Override
    public String tableName() {
        return clusterCode + "-" + period + "-" + indicatorCode + "-ranking";
    }

    /** The members' values, best first, each labelled with its rank. */
    @Override
    public BarChart chart() {
        return new BarChart(indicatorName + ", " + Vietnamese.period(period) + " (cụm " + clusterCode + ")", unit,
                entries.stream().map(e -> e.rank() + ". " + e.provinceName()).toList(),
                List.of(new BarChart.Series(indicatorName, entries.stream().map(Entry::value).toList())), tableName());
    }
}
