package vn.thidua.award;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thidua.common.ApiException;

/**
 * What award statistics can be grouped by. Each dimension names only fixed SQL (column, join, order):
 * the GROUP BY is built from this whitelist, never from the client's text.
 */
enum StatisticsDimension {
    AWARD_TYPE("awardType", "r.award_type_id", "t.code, t.name",
            " JOIN award_type t ON t.id = g.award_type_id", "t.code"),
    STATUS("status", "r.status", "g.status", "", "g.status"),
    PROVINCE("province", "r.nominee_province_id", "p.code, p.name",
            " JOIN province p ON p.id = g.nominee_province_id", "p.code, p.id"),
    CLUSTER("cluster", "r.cluster_id", "c.code", " JOIN cluster c ON c.id = g.cluster_id", "c.code"),
    KIND("kind", "r.kind", "g.kind", "", "g.kind"),
    YEAR("year", "r.year", "g.year", "", "g.year");

    final String parameter;
    /** The column grouped by, in the scan of award_recommendation (all in the statistics index). */
    final String column;
    /** What the row shows, after the groups are joined to their names. */
    final String shown;
    final String join;
    final String order;

    StatisticsDimension(String parameter, String column, String shown, String join, String order) {
        this.parameter = parameter;
        this.column = column;
        this.shown = shown;
        this.join = join;
        this.order = order;
    }

    /** The alias of the grouped column in the inner query, e.g. {@code r.award_type_id} → {@code award_type_id}. */
    String alias() {
        return column.substring(2);
    }

    /** Parses {@code awardType,status}; 400 on an unknown or repeated dimension. */
    static List<StatisticsDimension> parse(String groupBy) {
        List<StatisticsDimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        for (String name : groupBy.split(",")) {
            StatisticsDimension dimension = Arrays.stream(values()).filter(d -> d.parameter.equals(name.strip()))
                    .findFirst().orElseThrow(() -> ApiException.badRequest("groupBy", "'" + name.strip()
                            + "' is not one of awardType, status, province, cluster, kind, year"));
            if (dimensions.contains(dimension)) {
                throw ApiException.badRequest("groupBy", "'" + name.strip() + "' is given twice");
            }
            dimensions.add(dimension);
        }
        return dimensions;
    }
}
