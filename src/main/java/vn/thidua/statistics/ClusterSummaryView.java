package vn.thidua.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.Table;
import vn.thidua.document.BarChart;
import vn.thidua.document.Charted;
import vn.thidua.document.Vietnamese;
import vn.thidua.indicator.Aggregation;
import vn.thidua.report.ReportStatus;

@Schema(name = "ClusterSummary", description = "A cluster's totals for a period (what the head compiles for the "
        + "sơ kết / tổng kết), computed by the database from the counted reports.")
public record ClusterSummaryView(
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "Name of the cluster.", example = "Cụm thi đua các tỉnh Đồng bằng sông Hồng", required = true)
        String clusterName,
        @Schema(description = "The period.", example = "2023-H1", required = true)
        String period,
        @Schema(description = "The report statuses counted in the totals.", example = "[\"ACCEPTED\"]", required = true)
        List<ReportStatus> countedStatuses,
        @Schema(description = "The members expected to report (the cluster's members that year) and where their reports are.",
                required = true)
        MemberCounts members,
        @Schema(description = "Members whose report is not counted: none yet, or not in a counted status.", required = true)
        List<MissingMember> missingMembers,
        @Schema(description = "One line per indicator of the catalog, in its order.", required = true)
        List<IndicatorSummary> indicators) implements Table, Charted {

    @Schema(name = "ClusterMemberCounts", description = "The cluster's members that year, by the state of their report.")
    public record MemberCounts(
            @Schema(description = "Members of the cluster that year.", example = "9", required = true) long expected,
            @Schema(description = "Members without a report for the period.", example = "0", required = true) long notStarted,
            @Schema(description = "Reports in DRAFT.", example = "0", required = true) long draft,
            @Schema(description = "Reports SUBMITTED.", example = "0", required = true) long submitted,
            @Schema(description = "Reports RETURNED.", example = "0", required = true) long returned,
            @Schema(description = "Reports ACCEPTED.", example = "9", required = true) long accepted) {
    }

    @Schema(name = "MissingMember", description = "A member whose report does not count in the summary.")
    public record MissingMember(
            @Schema(description = "Province code.", example = "36", required = true) String provinceCode,
            @Schema(description = "Province name.", example = "Nam Định", required = true) String provinceName,
            @Schema(description = "The state of its report; absent when it has none.") ReportStatus reportStatus) {
    }

    @Schema(name = "IndicatorSummary", description = "An indicator's cluster value and its lowest and highest member.")
    public record IndicatorSummary(
            @Schema(description = "Indicator code.", example = "BUDGET_REVENUE", required = true) String indicatorCode,
            @Schema(description = "Vietnamese name.", example = "Thu ngân sách nhà nước trên địa bàn", required = true) String nameVi,
            @Schema(description = "Unit.", example = "tỷ đồng", required = true) String unit,
            @Schema(description = "The aggregation applied (AVERAGE where a weighted one lacked weights).", required = true)
            Aggregation aggregation,
            @Schema(description = "Whether a higher value is better.", example = "true", required = true) boolean higherIsBetter,
            @Schema(description = "The cluster's value; absent for LIST indicators and when no counted report has it.",
                    example = "116318") BigDecimal value,
            @Schema(description = "How many counted reports give the indicator.", example = "9", required = true) long reportCount,
            @Schema(description = "The member with the lowest value (ties: the lower province code).") MemberValue minimum,
            @Schema(description = "The member with the highest value (ties: the lower province code).") MemberValue maximum) {
    }

    @Schema(name = "MemberValue", description = "A member's value of an indicator.")
    public record MemberValue(
            @Schema(description = "Province code.", example = "22", required = true) String provinceCode,
            @Schema(description = "Province name.", example = "Quảng Ninh", required = true) String provinceName,
            @Schema(description = "The value.", example = "24318", required = true) BigDecimal value) {
    }

    @Override
    public List<String> tableHeader() {
        return List.of("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị", "Cách tổng hợp", "Giá trị của cụm", "Số báo cáo",
                "Thấp nhất - mã tỉnh", "Thấp nhất - tỉnh", "Thấp nhất - giá trị",
                "Cao nhất - mã tỉnh", "Cao nhất - tỉnh", "Cao nhất - giá trị");
    }

    @Override
    public Stream<List<?>> tableRows() {
        return indicators.stream().map(line -> {
            List<Object> row = new ArrayList<>(Arrays.asList(line.indicatorCode(), line.nameVi(), line.unit(),
                    line.aggregation(), line.value(), line.reportCount()));
            row.addAll(cells(line.minimum()));
            row.addAll(cells(line.maximum()));
            return row;
        });
    }

    private static List<?> cells(MemberValue member) {
        return member == null ? Arrays.asList(null, null, null)
                : List.of(member.provinceCode(), member.provinceName(), member.value());
    }

    @Override
    public String tableName() {
        return clusterCode + "-" + period + "-summary";
    }

    /** Where the members' reports are: how far the review has come, and how many are missing. */
    @Override
    public BarChart chart() {
        List<Long> counts = List.of(members.accepted(), members.submitted(), members.returned(), members.draft(),
                members.notStarted());
        return new BarChart("Báo cáo của " + members.expected() + " thành viên, " + Vietnamese.period(period) + " ("
                + clusterName + ")", "thành viên",
                List.of("Đã được chấp nhận", "Đã gửi, chờ chấp nhận", "Bị trả lại", "Đang soạn", "Chưa có báo cáo"),
                List.of(new BarChart.Series("Thành viên", counts.stream().map(BigDecimal::valueOf).toList())),
                clusterCode + "-" + period + "-members");
    }
}
