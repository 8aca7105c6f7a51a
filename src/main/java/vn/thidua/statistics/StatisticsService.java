package vn.thidua.statistics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.indicator.Aggregation;
import vn.thidua.indicator.Indicator;
import vn.thidua.indicator.IndicatorService;
import vn.thidua.indicator.Numbers;
import vn.thidua.common.ApiException;
import vn.thidua.common.Today;
import vn.thidua.report.Period;
import vn.thidua.report.PeriodKind;
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

    /**
     * Indicator values regrouped into the units valid on {@code :asOf} (see {@link ProvinceService#HOLDERS_ON_AS_OF}),
     * per period from {@code :fromYear} to {@code :toYear}: each holder's value is made of the counted values of the
     * units it holds that were expected for the period (valid on its last day) or reported in it. Only clusters of
     * provinces count, as in the national view, so no report counts twice. {@code :holder} is 0 for every unit,
     * {@code :indicators} lists the indicators asked for (empty list: {@code :allIndicators}).
     */
    private static final String ROLLED_UP = """
            WITH RECURSIVE %s,
            periods AS (
                SELECT y AS year, k AS period, CASE k WHEN 'H1' THEN make_date(y, 6, 30) ELSE make_date(y, 12, 31) END AS last_day
                  FROM generate_series(CAST(:fromYear AS integer), CAST(:toYear AS integer)) y
                 CROSS JOIN (VALUES ('H1'), ('FY')) k (k)
                 WHERE (:period = '' OR k = :period)),
            counted AS (
                SELECT r.year, r.period, r.province_id AS unit_id, rv.indicator_id, rv.value, w.value AS weight
                  FROM report r
                  JOIN periods pe ON pe.year = r.year AND pe.period = r.period
                  JOIN cluster c ON c.id = r.cluster_id AND c.kind = 'PROVINCES'
                  JOIN report_value rv ON rv.report_id = r.id
                  JOIN indicator i ON i.id = rv.indicator_id
                  LEFT JOIN report_value w ON w.report_id = r.id AND w.indicator_id = i.weight_indicator_id
                 WHERE r.status IN (:statuses)),
            members AS (
                SELECT pe.year, pe.period, p.id AS unit_id
                  FROM periods pe
                  JOIN province p ON (p.valid_from IS NULL OR p.valid_from <= pe.last_day)
                                 AND (p.valid_to IS NULL OR p.valid_to >= pe.last_day)
                UNION
                SELECT year, period, unit_id FROM counted),
            x AS (
                SELECT m.year, m.period, coalesce(h.holder_id, m.unit_id) AS holder_id, m.unit_id, i.id AS indicator_id,
                       v.value, v.weight
                  FROM members m
                  CROSS JOIN indicator i
                  LEFT JOIN holder h ON h.unit_id = m.unit_id
                  LEFT JOIN counted v ON v.year = m.year AND v.period = m.period AND v.unit_id = m.unit_id
                                     AND v.indicator_id = i.id
                 WHERE (:allIndicators OR i.id IN (:indicators))
                   AND (:holder = 0 OR coalesce(h.holder_id, m.unit_id) = :holder))
            SELECT hp.code, hp.name, x.year, x.period, i.code, i.name_vi, i.unit, %s AS applied, %s AS value,
                   count(x.value), bool_and(x.value IS NOT NULL),
                   CAST(jsonb_agg(jsonb_build_object('provinceCode', up.code, 'provinceName', up.name, 'value', x.value)
                                  ORDER BY up.code, up.id) AS text)
              FROM x
              JOIN indicator i ON i.id = x.indicator_id
              JOIN province hp ON hp.id = x.holder_id
              JOIN province up ON up.id = x.unit_id
             GROUP BY hp.id, hp.code, hp.name, x.year, x.period, i.id, i.code, i.name_vi, i.unit, i.aggregation, i.sort_order
            HAVING count(x.value) > 0
             ORDER BY x.year, CASE x.period WHEN 'H1' THEN 0 ELSE 1 END, i.sort_order, i.code, hp.code, hp.id"""
            .formatted(ProvinceService.HOLDERS_ON_AS_OF, APPLIED, VALUE);

    private final ClusterService clusters;
    private final IndicatorService indicators;
    private final AccessPolicy access;
    private final ProvinceService provinces;
    private final Today today;
    private final ObjectMapper json;

    public StatisticsService(ClusterService clusters, IndicatorService indicators, AccessPolicy access,
                             ProvinceService provinces, Today today, ObjectMapper json) {
        this.clusters = clusters;
        this.indicators = indicators;
        this.access = access;
        this.provinces = provinces;
        this.today = today;
        this.json = json;
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

    /**
     * Indicators per cluster of provinces and nationally; with {@code asOf}, per unit valid that day instead of per
     * cluster (how the clusters were regrouped after 2025 is not known, so no cluster spans the break).
     */
    @Transactional
    public NationalStatisticsView national(String periodText, String indicatorCode, Inclusion include, LocalDate asOf) {
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
                .filter(row -> asOf == null || row.scope() == NationalStatisticsView.Scope.NATIONAL)
                .toList();
        List<RolledUpValue> units = asOf == null ? null : rolledUp(new RollUp(asOf, period.year(), period.year(),
                period.kind().name(), indicator == null ? List.of() : List.of(indicator), null, counted));
        return new NationalStatisticsView(period.toString(), asOf, counted, rows, units);
    }

    /** At most this many years in a province's series. */
    static final int MAX_SERIES_YEARS = 30;

    /**
     * The indicators of the unit with this code on {@code asOf} (default today) from {@code from} to {@code to},
     * each period regrouped from the unit and the units it took over.
     */
    @Transactional
    public ProvinceIndicatorSeriesView series(String provinceCode, LocalDate asOf, Integer from, Integer to,
                                              List<String> indicatorCodes, Inclusion include) {
        LocalDate day = today.orToday(asOf);
        Province unit = provinces.get(provinceCode, day);
        int last = to == null ? day.getYear() : to;
        int first = from == null ? last - 5 : from;
        if (first > last) {
            throw ApiException.badRequest("from", "must not be after to (" + last + ")");
        }
        if (last - first >= MAX_SERIES_YEARS) {
            throw ApiException.badRequest("from", "a series spans at most " + MAX_SERIES_YEARS + " years");
        }
        List<Indicator> asked = indicatorCodes == null ? List.of()
                : indicatorCodes.stream().distinct().map(code -> indicators.forParameter(code, "indicator")).toList();
        List<ReportStatus> counted = Inclusion.statuses(include);
        return new ProvinceIndicatorSeriesView(unit.code, unit.name, day, first, last, counted,
                rolledUp(new RollUp(day, first, last, "", asked, unit, counted)));
    }

    /** What a roll-up reads: the map of {@code asOf}, the years, one period kind or "" for both, and its filters. */
    private record RollUp(LocalDate asOf, int fromYear, int toYear, String period, List<Indicator> indicators,
                          Province holder, List<ReportStatus> counted) {
    }

    private List<RolledUpValue> rolledUp(RollUp rollUp) {
        Query query = Panache.getEntityManager().createNativeQuery(ROLLED_UP)
                .setParameter("asOf", rollUp.asOf())
                .setParameter("fromYear", rollUp.fromYear())
                .setParameter("toYear", rollUp.toYear())
                .setParameter("period", rollUp.period())
                .setParameter("statuses", rollUp.counted().stream().map(Enum::name).toList())
                .setParameter("allIndicators", rollUp.indicators().isEmpty())
                .setParameter("indicators", rollUp.indicators().isEmpty() ? List.of(0L)
                        : rollUp.indicators().stream().map(i -> i.id).toList())
                .setParameter("holder", rollUp.holder() == null ? 0L : rollUp.holder().id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new RolledUpValue((String) row[0], (String) row[1],
                        new Period(((Number) row[2]).intValue(), PeriodKind.valueOf((String) row[3])).toString(),
                        (String) row[4], (String) row[5], (String) row[6], Aggregation.valueOf((String) row[7]),
                        number(row[8]), count(row[9]), (Boolean) row[10], parts((String) row[11])))
                .toList();
    }

    private List<RolledUpValue.Part> parts(String json) {
        try {
            return this.json.readValue(json, PARTS).stream()
                    .map(p -> new RolledUpValue.Part(p.provinceCode(), p.provinceName(),
                            p.value() == null ? null : Numbers.plain(p.value())))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database's list of units could not be read", e);
        }
    }

    private static final TypeReference<List<RolledUpValue.Part>> PARTS = new TypeReference<>() { };

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
