package vn.thidua.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.Table;
import vn.thidua.indicator.Aggregation;
import vn.thidua.report.ReportStatus;

@Schema(name = "NationalIndicatorStatistics", description = "Indicators per cluster of provinces for a period, "
        + "with a national row per indicator, computed by the database.")
public record NationalStatisticsView(
        @Schema(description = "The period.", example = "2023-H1", required = true)
        String period,
        @Schema(description = "When asked for: the day whose map of units `units` uses.", example = "2026-12-01")
        LocalDate asOf,
        @Schema(description = "The report statuses counted.", example = "[\"ACCEPTED\"]", required = true)
        List<ReportStatus> countedStatuses,
        @Schema(description = "By indicator (catalog order): one row per cluster with counted reports (by cluster code), "
                + "then the NATIONAL row; with `asOf`, the NATIONAL rows only.", required = true)
        List<Row> rows,
        @Schema(description = "Only with `asOf`: each indicator's value per unit valid that day, regrouped from the "
                + "units of the period (cluster rows are then left out: clusters are not regrouped across the 2025 "
                + "merger).")
        List<RolledUpValue> units) implements Table {

    /** Name of the national row in tables. */
    static final String NATIONAL_NAME = "Toàn quốc";

    @Schema(name = "Scope", description = "CLUSTER: one cluster's value; NATIONAL: all clusters of provinces together.")
    public enum Scope {
        CLUSTER,
        NATIONAL
    }

    @Schema(name = "NationalIndicatorRow", description = "An indicator's value in one cluster, or nationally.")
    public record Row(
            @Schema(description = "Indicator code.", example = "BUDGET_REVENUE", required = true) String indicatorCode,
            @Schema(description = "Vietnamese name.", example = "Thu ngân sách nhà nước trên địa bàn", required = true) String nameVi,
            @Schema(description = "Unit.", example = "tỷ đồng", required = true) String unit,
            @Schema(description = "The aggregation applied.", required = true) Aggregation aggregation,
            @Schema(required = true) Scope scope,
            @Schema(description = "Cluster code; absent on the NATIONAL row.", example = "DBSH") String clusterCode,
            @Schema(description = "Cluster name; absent on the NATIONAL row.",
                    example = "Cụm thi đua các tỉnh Đồng bằng sông Hồng") String clusterName,
            @Schema(description = "The value; absent for LIST indicators.", example = "116318") BigDecimal value,
            @Schema(description = "How many counted reports give the indicator.", example = "9", required = true) long reportCount) {
    }

    @Override
    public List<String> tableHeader() {
        if (units != null) {
            return RolledUpValue.TABLE_HEADER;
        }
        return List.of("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị", "Cách tổng hợp", "Mã cụm", "Cụm", "Giá trị", "Số báo cáo");
    }

    @Override
    public Stream<List<?>> tableRows() {
        if (units != null) {
            return Stream.concat(units.stream().map(RolledUpValue::tableRow),
                    rows.stream().map(r -> Arrays.asList(null, NATIONAL_NAME, period, r.indicatorCode(), r.nameVi(), r.unit(),
                            r.aggregation(), r.value(), r.reportCount(), null, null)));
        }
        return rows.stream().map(r -> Arrays.asList(r.indicatorCode(), r.nameVi(), r.unit(), r.aggregation(),
                r.clusterCode(), r.scope() == Scope.NATIONAL ? NATIONAL_NAME : r.clusterName(), r.value(), r.reportCount()));
    }

    @Override
    public String tableName() {
        return "indicators-" + period;
    }
}
