package vn.thidua.award;

import java.util.ArrayList;
import java.util.List;

/** Award statistics as CSV (RFC 4180): UTF-8 with a byte-order mark for spreadsheets, CRLF, a header row. */
final class AwardStatisticsCsv {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private AwardStatisticsCsv() {
    }

    static String of(AwardStatisticsView statistics) {
        List<StatisticsDimension> dimensions = statistics.groupBy().stream()
                .map(name -> StatisticsDimension.parse(name).get(0)).toList();
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (StatisticsDimension dimension : dimensions) {
            switch (dimension) {
                case AWARD_TYPE -> header.addAll(List.of("awardType", "awardTypeName"));
                case PROVINCE -> header.addAll(List.of("province", "provinceName"));
                default -> header.add(dimension.parameter);
            }
        }
        header.add("count");
        line(csv, header);
        for (AwardStatisticsView.Row row : statistics.rows()) {
            List<String> fields = new ArrayList<>();
            for (StatisticsDimension dimension : dimensions) {
                switch (dimension) {
                    case AWARD_TYPE -> fields.addAll(List.of(row.awardType(), row.awardTypeName()));
                    case STATUS -> fields.add(row.status().name());
                    case PROVINCE -> fields.addAll(List.of(row.province(), row.provinceName()));
                    case CLUSTER -> fields.add(row.cluster());
                    case KIND -> fields.add(row.kind().name());
                    case YEAR -> fields.add(String.valueOf(row.year()));
                }
            }
            fields.add(String.valueOf(row.count()));
            line(csv, fields);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** Quotes a field that holds a comma, a quote or a line break, doubling its quotes (RFC 4180, 2.6 and 2.7). */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
