package vn.thidua.statistics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.indicator.Aggregation;
import vn.thidua.indicator.Indicator;
import vn.thidua.indicator.IndicatorService;
import vn.thidua.indicator.Numbers;
import vn.thidua.report.Period;
import vn.thidua.report.ReportStatus;
import vn.thidua.statistics.ClusterSummaryView.IndicatorSummary;
import vn.thidua.statistics.ClusterSummaryView.MemberCounts;
import vn.thidua.statistics.ClusterSummaryView.MemberValue;
import vn.thidua.statistics.ClusterSummaryView.MissingMember;

/**
 * Cluster summaries, rankings and national statistics, computed by PostgreSQL (GROUP BY, window
 * functions, GROUPING SETS): only result rows travel to Java, never the reports themselves.
 */
@ApplicationScoped
public class StatisticsService {

    /**
     * The counted values of each report with, for a weighted indicator, the weight from the same report.
     * Parameters: :year, :period, :statuses.
     */
    private static final String COUNTED_VALUES = """
            SELECT rv.indicator_id, r.cluster_id, r.province_id, r.status, rv.value, w.value AS weight
              FROM report r
              JOIN report_value rv ON rv.report_id = r.id
              JOIN indicator i ON i.id = rv.indicator_id
              LEFT JOIN report_value w ON w.report_id = r.id AND w.indicator_id = i.weight_indicator_id
             WHERE r.year = :year AND r.period = :period AND r.status IN (:statuses)""";

    /** A weighted average falls back to the plain one unless every report that gives the value gives its weight. */
    private static final String UNWEIGHTED = "(count(x.value) > 0 AND (count(x.weight) < count(x.value) "
            + "OR coalesce(sum(x.weight), 0) <= 0))";

    /** The aggregation applied, for the rows grouped by indicator {@code i} over values {@code x}. */
    private static final String APPLIED = "CASE WHEN i.aggregation = 'WEIGHTED_AVERAGE' AND " + UNWEIGHTED
            + " THEN 'AVERAGE' ELSE i.aggregation END";

    /** The cluster (or national) value, for the rows grouped by indicator {@code i} over values {@code x}. */
    private static final String VALUE = """
            CASE i.aggregation
              WHEN 'SUM' THEN sum(x.value)
              WHEN 'AVERAGE' THEN round(avg(x.value), 4)
              WHEN 'WEIGHTED_AVERAGE' THEN CASE WHEN %s THEN round(avg(x.value), 4)
                                                ELSE round(sum(x.value * x.weight) / sum(x.weight), 4) END
            END""".formatted(UNWEIGHTED);

    private static final String SUMMARY = """
            WITH x AS (
              SELECT v.*, p.code AS province_code, p.name AS province_name,
                     row_number() OVER (PARTITION BY v.indicator_id ORDER BY v.value, p.code) AS from_lowest,
                     row_number() OVER (PARTITION BY v.indicator_id ORDER BY v.value DESC, p.code) AS from_highest
                FROM (%s AND r.cluster_id = :cluster) v
                JOIN province p ON p.id = v.province_id)
            SELECT i.code, i.name_vi, i.unit, %s AS applied, i.higher_is_better, %s AS value, count(x.value),
                   max(x.province_code) FILTER (WHERE x.from_lowest = 1), max(x.province_name) FILTER (WHERE x.from_lowest = 1),
                   max(x.value) FILTER (WHERE x.from_lowest = 1),
                   max(x.province_code) FILTER (WHERE x.from_highest = 1), max(x.province_name) FILTER (WHERE x.from_highest = 1),
                   max(x.value) FILTER (WHERE x.from_highest = 1)
              FROM indicator i LEFT JOIN x ON x.indicator_id = i.id
             GROUP BY i.id
             ORDER BY i.sort_order, i.code""".formatted(COUNTED_VALUES, APPLIED, VALUE);

    /**
     * Members of the cluster that year with the state of their report for the period (if any). A report
     * the caller may not see (another province's, never submitted) counts as none: {@code :own} lists the
     * units whose unsubmitted reports the caller sees, {@code :seesAll} is true for central, admin, viewer.
     */
    private static final String MEMBERS = """
            FROM membership m
              JOIN province p ON p.id = m.province_id
              LEFT JOIN report r ON r.cluster_id = m.cluster_id AND r.province_id = m.province_id
                                AND r.year = m.year AND r.period = :period
                                AND (:seesAll OR r.submitted_at IS NOT NULL OR r.province_id IN (:own))
             WHERE m.cluster_id = :cluster AND m.year = :year""";

    private static final String MEMBER_COUNTS = """
            SELECT count(*), count(*) FILTER (WHERE r.id IS NULL), count(*) FILTER (WHERE r.status = 'DRAFT'),
                   count(*) FILTER (WHERE r.status = 'SUBMITTED'), count(*) FILTER (WHERE r.status = 'RETURNED'),
                   count(*) FILTER (WHERE r.status = 'ACCEPTED')
            """ + MEMBERS;

    private static final String MISSING_MEMBERS = "SELECT p.code, p.name, r.status " + MEMBERS
            + " AND (r.id IS NULL OR r.status NOT IN (:statuses)) ORDER BY p.code";

    private static final String RANKING = """
            SELECT rank() OVER (ORDER BY rv.value %s), p.code, p.name, rv.value, r.status
              FROM report r
              JOIN report_value rv ON rv.report_id = r.id AND rv.indicator_id = :indicator
              JOIN province p ON p.id = r.province_id
             WHERE r.cluster_id = :cluster AND r.year = :year AND r.period = :period AND r.status IN (:statuses)
             ORDER BY 1, p.code""";

    /** Clusters of provinces only: a province is in one of them per year, so the national row counts it once. */
    private static final String NATIONAL = """
            WITH x AS (SELECT v.* FROM (%s) v JOIN cluster c ON c.id = v.cluster_id AND c.kind = 'PROVINCES'
                        WHERE :indicator = 0 OR v.indicator_id = :indicator)
            SELECT i.code, i.name_vi, i.unit, %s AS applied, GROUPING(c.id) = 1 AS national, c.code AS cluster_code,
                   c.name AS cluster_name, %s AS value, count(x.value)
              FROM x
              JOIN indicator i ON i.id = x.indicator_id
              JOIN cluster c ON c.id = x.cluster_id
             GROUP BY GROUPING SETS ((i.id, i.code, i.name_vi, i.unit, i.aggregation, i.sort_order, c.id, c.code, c.name),
                                     (i.id, i.code, i.name_vi, i.unit, i.aggregation, i.sort_order))
             ORDER BY i.sort_order, i.code, GROUPING(c.id), c.code""".formatted(COUNTED_VALUES, APPLIED, VALUE);

    private final ClusterService clusters;
    private final IndicatorService indicators;
    private final AccessPolicy access;

    public StatisticsService(ClusterService clusters, IndicatorService indicators, AccessPolicy access) {
        this.clusters = clusters;
        this.indicators = indicators;
        this.access = access;
    }

    @Transactional
    public ClusterSummaryView summary(String clusterCode, String periodText, Inclusion include) {
        Period period = Period.ofParameter(periodText, "period");
        Cluster cluster = clusters.get(clusterCode);
        List<ReportStatus> counted = Inclusion.statuses(include);
        Map<String, Object> params = params(period, counted);
        params.put("cluster", cluster.id);
        Optional<Set<Long>> own = access.unsubmittedWorkVisibleOnlyOf();
        params.put("seesAll", own.isEmpty());
        params.put("own", own.filter(units -> !units.isEmpty()).orElse(Set.of(-1L)));

        Object[] counts = (Object[]) query(MEMBER_COUNTS, params).getSingleResult();
        MemberCounts members = new MemberCounts(count(counts[0]), count(counts[1]), count(counts[2]),
                count(counts[3]), count(counts[4]), count(counts[5]));
        List<MissingMember> missing = rows(MISSING_MEMBERS, params).stream()
                .map(row -> new MissingMember((String) row[0], (String) row[1],
                        row[2] == null ? null : ReportStatus.valueOf((String) row[2])))
                .toList();
        List<IndicatorSummary> lines = rows(SUMMARY, params).stream()
                .map(row -> new IndicatorSummary((String) row[0], (String) row[1], (String) row[2],
                        Aggregation.valueOf((String) row[3]), (Boolean) row[4], number(row[5]), count(row[6]),
                        member(row[7], row[8], row[9]), member(row[10], row[11], row[12])))
                .toList();
        return new ClusterSummaryView(cluster.code, cluster.name, period.toString(), counted, members, missing, lines);
    }

    @Transactional
    public RankingView ranking(String clusterCode, String periodText, String indicatorCode, Inclusion include) {
        Period period = Period.ofParameter(periodText, "period");
        Indicator indicator = indicators.forParameter(indicatorCode, "indicator");
        Cluster cluster = clusters.get(clusterCode);
        List<ReportStatus> counted = Inclusion.statuses(include);
        Map<String, Object> params = params(period, counted);
        params.put("cluster", cluster.id);
        params.put("indicator", indicator.id);
        // The direction comes from the catalog, never from the request.
        String sql = RANKING.formatted(indicator.higherIsBetter ? "DESC" : "ASC");
        List<RankingView.Entry> entries = rows(sql, params).stream()
                .map(row -> new RankingView.Entry(count(row[0]), (String) row[1], (String) row[2], number(row[3]),
                        ReportStatus.valueOf((String) row[4])))
                .toList();
        return new RankingView(cluster.code, period.toString(), indicator.code, indicator.nameVi, indicator.unit,
                indicator.higherIsBetter, counted, entries);
    }

    @Transactional
    public NationalStatisticsView national(String periodText, String indicatorCode, Inclusion include) {
        Period period = Period.ofParameter(periodText, "period");
        Indicator indicator = indicatorCode == null ? null : indicators.forParameter(indicatorCode, "indicator");
        List<ReportStatus> counted = Inclusion.statuses(include);
        Map<String, Object> params = params(period, counted);
        params.put("indicator", indicator == null ? 0L : indicator.id); // 0: every indicator
        List<NationalStatisticsView.Row> rows = rows(NATIONAL, params).stream()
                .map(row -> {
                    boolean national = (Boolean) row[4];
                    return new NationalStatisticsView.Row((String) row[0], (String) row[1], (String) row[2],
                            Aggregation.valueOf((String) row[3]),
                            national ? NationalStatisticsView.Scope.NATIONAL : NationalStatisticsView.Scope.CLUSTER,
                            national ? null : (String) row[5], national ? null : (String) row[6],
                            number(row[7]), count(row[8]));
                })
                .toList();
        return new NationalStatisticsView(period.toString(), counted, rows);
    }

    private static Map<String, Object> params(Period period, List<ReportStatus> counted) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", period.year());
        params.put("period", period.kind().name());
        params.put("statuses", counted.stream().map(Enum::name).toList());
        return params;
    }

    /** Binds those of the shared parameters that the statement uses. */
    private static Query query(String sql, Map<String, Object> params) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Map<String, Object> params) {
        return query(sql, params).getResultList();
    }

    private static MemberValue member(Object code, Object name, Object value) {
        return code == null ? null : new MemberValue((String) code, (String) name, number(value));
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : Numbers.plain((BigDecimal) value);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
