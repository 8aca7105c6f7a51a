package vn.thidua.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.common.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardStatistics", description = "Counts of award recommendations, grouped as asked, with totals; computed by the database.")
public record AwardStatisticsView(
        @Schema(description = "The dimensions the rows are grouped by, in the order asked.", example = "[\"awardType\", \"status\"]",
                required = true)
        List<String> groupBy,
        @Schema(description = "One row per combination of the dimensions that has recommendations; only the fields of the "
                + "chosen dimensions are present. Without groupBy, one row with the count of all.", required = true)
        List<Row> rows,
        @Schema(description = "Totals over all recommendations matching the filters.", required = true)
        Totals totals) implements Table {

    @Override
    public List<String> tableHeader() {
        List<String> header = new ArrayList<>();
        for (StatisticsDimension dimension : dimensions()) {
            switch (dimension) {
                case AWARD_TYPE -> header.addAll(List.of("awardType", "awardTypeName"));
                case PROVINCE -> header.addAll(List.of("province", "provinceName"));
                default -> header.add(dimension.parameter);
            }
        }
        header.add("count");
        return header;
    }

    @Override
    public Stream<List<?>> tableRows() {
        List<List<?>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<Object> cells = new ArrayList<>();
            for (StatisticsDimension dimension : dimensions()) {
                switch (dimension) {
                    case AWARD_TYPE -> cells.addAll(List.of(row.awardType(), row.awardTypeName()));
                    case STATUS -> cells.add(row.status());
                    case PROVINCE -> cells.addAll(List.of(row.province(), row.provinceName()));
                    case CLUSTER -> cells.add(row.cluster());
                    case KIND -> cells.add(row.kind());
                    case YEAR -> cells.add(row.year());
                }
            }
            cells.add(row.count());
            lines.add(cells);
        }
        return lines.stream();
    }

    @Override
    public String tableName() {
        return "award-statistics";
    }

    private List<StatisticsDimension> dimensions() {
        return groupBy.stream().map(name -> StatisticsDimension.parse(name).get(0)).toList();
    }

    @Schema(name = "AwardStatisticsRow", description = "The count of one group.")
    public record Row(
            @Schema(description = "Award type code (groupBy awardType).", example = "GOV_EMULATION_FLAG")
            String awardType,
            @Schema(description = "Award type name (groupBy awardType).", example = "Cờ thi đua của Chính phủ")
            String awardTypeName,
            @Schema(description = "Status (groupBy status).")
            RecommendationStatus status,
            @Schema(description = "Code of the nominee's province (groupBy province).", example = "36")
            String province,
            @Schema(description = "Name of the nominee's province (groupBy province).", example = "Nam Định")
            String provinceName,
            @Schema(description = "Cluster code (groupBy cluster).", example = "DBSH")
            String cluster,
            @Schema(description = "Kind of commendation (groupBy kind).")
            CommendationKind kind,
            @Schema(description = "Year (groupBy year).", example = "2023")
            Integer year,
            @Schema(description = "How many recommendations.", example = "1", required = true)
            long count) {
    }

    @Schema(name = "AwardStatisticsTotals", description = "Totals of the recommendations matching the filters, and of those "
            + "among them that were approved (the awards).")
    public record Totals(
            @Schema(description = "All recommendations matching the filters, in any status.", required = true)
            Counts recommendations,
            @Schema(description = "Those of them that are APPROVED: the awards granted.", required = true)
            Counts awards) {
    }

    @Schema(name = "AwardCounts", description = "Counts used in emulation reports.")
    public record Counts(
            @Schema(description = "How many.", example = "12", required = true)
            long count,
            @Schema(description = "How many of them are ad hoc (đột xuất).", example = "1", required = true)
            long adHoc,
            @Schema(description = "How many go to individuals.", example = "7", required = true)
            long individuals,
            @Schema(description = "How many of the individuals are direct workers (người lao động trực tiếp).", example = "4",
                    required = true)
            long directWorkers,
            @Schema(description = "directWorkers / individuals, rounded to 4 decimals; absent when there are no individuals.",
                    example = "0.5714")
            BigDecimal directWorkerShare) {
    }
}
