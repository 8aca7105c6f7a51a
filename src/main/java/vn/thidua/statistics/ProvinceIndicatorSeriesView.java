package vn.thidua.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.Table;
import vn.thidua.report.ReportStatus;

@Schema(name = "ProvinceIndicatorSeries", description = "A province's indicators over the years, in the map of `asOf`: "
        + "each period's value of the unit and of the units it took over, regrouped by the database, so that a series "
        + "across the 2025 merger compares like with like.")
public record ProvinceIndicatorSeriesView(
        @Schema(description = "The unit's code on `asOf`.", example = "37", required = true) String provinceCode,
        @Schema(description = "Its name.", example = "Ninh Bình", required = true) String provinceName,
        @Schema(description = "The day whose map of units is used.", example = "2026-12-01", required = true) LocalDate asOf,
        @Schema(description = "First year.", example = "2021", required = true) int from,
        @Schema(description = "Last year.", example = "2026", required = true) int to,
        @Schema(description = "The report statuses counted.", example = "[\"ACCEPTED\"]", required = true)
        List<ReportStatus> countedStatuses,
        @Schema(description = "By period (oldest first, H1 before FY) and indicator (catalog order); periods in which "
                + "none of the units reported an indicator are left out.", required = true)
        List<RolledUpValue> values) implements Table {

    @Override
    public List<String> tableHeader() {
        return RolledUpValue.TABLE_HEADER;
    }

    @Override
    public Stream<List<?>> tableRows() {
        return values.stream().map(RolledUpValue::tableRow);
    }

    @Override
    public String tableName() {
        return "province-" + provinceCode + "-indicators-" + from + "-" + to;
    }
}
