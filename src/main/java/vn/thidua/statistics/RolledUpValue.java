package vn.thidua.statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.indicator.Aggregation;
import vn.thidua.common.Numbers;

/**
 * An indicator's value for one unit as of a date and one period, regrouped from the values reported by the
 * units of that period that it holds today (itself and its predecessors), by the database.
 */
@Schema(name = "RolledUpIndicatorValue", description = "An indicator's value for a unit valid on `asOf`, made of the "
        + "values reported for the period by that unit and the units it took over: SUM adds them up; WEIGHTED_AVERAGE is "
        + "recomputed from their values and weights (AVERAGE when a weight is missing); AVERAGE averages those that "
        + "reported; LIST indicators (PAR Index, PCI, PAPI, SIPAS) are never combined: the value is absent and `madeOf` "
        + "lists each unit's own.")
public record RolledUpValue(
        @Schema(description = "Code of the unit valid on `asOf`.", example = "37", required = true) String provinceCode,
        @Schema(description = "Its name.", example = "Ninh Bình", required = true) String provinceName,
        @Schema(description = "The period.", example = "2023-H1", required = true) String period,
        @Schema(description = "Indicator code.", example = "BUDGET_REVENUE", required = true) String indicatorCode,
        @Schema(description = "Vietnamese name.", example = "Thu ngân sách nhà nước trên địa bàn", required = true) String nameVi,
        @Schema(description = "Unit of the values.", example = "tỷ đồng", required = true) String unit,
        @Schema(description = "The aggregation applied.", required = true) Aggregation aggregation,
        @Schema(description = "The regrouped value; absent for LIST indicators.", example = "26400") BigDecimal value,
        @Schema(description = "How many of the units gave a counted value.", example = "3", required = true) long reportCount,
        @Schema(description = "Whether every unit expected for the period (valid on its last day) gave a counted value.",
                example = "true", required = true) boolean complete,
        @Schema(description = "The units it is made of (those expected for the period, and any other that reported), "
                + "by code, each with its value or without one when it is missing.", required = true) List<Part> madeOf) {

    @Schema(name = "RolledUpPart", description = "One unit of the period inside a regrouped value.")
    public record Part(
            @Schema(description = "Code of the unit of the period.", example = "36", required = true) String provinceCode,
            @Schema(description = "Its name.", example = "Nam Định", required = true) String provinceName,
            @Schema(description = "Its counted value; absent when it has none for the period.", example = "5600") BigDecimal value) {
    }

    static final List<String> TABLE_HEADER = List.of("Mã tỉnh", "Tỉnh", "Kỳ", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị",
            "Cách tổng hợp", "Giá trị", "Số báo cáo", "Đủ số liệu", "Gồm");

    List<?> tableRow() {
        return Arrays.asList(provinceCode, provinceName, period, indicatorCode, nameVi, unit, aggregation, value,
                reportCount, complete ? "có" : "không",
                String.join("; ", madeOf.stream().map(p -> p.provinceName() + " (" + p.provinceCode() + "): "
                        + (p.value() == null ? "thiếu" : Numbers.plain(p.value()).toPlainString())).toList()));
    }
}
