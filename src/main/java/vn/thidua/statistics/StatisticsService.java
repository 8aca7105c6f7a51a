package vn.thidua.statistics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
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
import vn.thidua.common.Numbers;
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
     * Parameters: :year, :period, :statuses and :lastDay, the period's last day: every statement reads the
     * indicator catalog as it was that day ({@code indicator_catalog}, migration V8), so history stays history.
     */
    private static final String COUNTED_VALUES = """
            SELECT rv.indicator_id, r.cluster_id, r.province_id, r.status, rv.value, w.value AS weight
              FROM report r
              JOIN report_value rv ON rv.report_id = r.id
              JOIN indicator_catalog(:lastDay) i ON i.id = rv.indicator_id
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
            SELECT i.code, i.name_vi, i.unit, %s AS applied, i.higher_is_better, %s AS value, count(x.value) AS reported,
                   max(x.province_code) FILTER (WHERE x.from_lowest = 1) AS lowest_code,
                   max(x.province_name) FILTER (WHERE x.from_lowest = 1) AS lowest_name,
                   max(x.value) FILTER (WHERE x.from_lowest = 1) AS lowest_value,
                   max(x.province_code) FILTER (WHERE x.from_highest = 1) AS highest_code,
                   max(x.province_name) FILTER (WHERE x.from_highest = 1) AS highest_name,
                   max(x.value) FILTER (WHERE x.from_highest = 1) AS highest_value
              FROM indicator_catalog(:lastDay) i LEFT JOIN x ON x.indicator_id = i.id
             GROUP BY i.id, i.code, i.name_vi, i.unit, i.aggregation, i.higher_is_better, i.sort_order
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
            SELECT count(*) AS expected, count(*) FILTER (WHERE r.id IS NULL) AS not_started,
                   count(*) FILTER (WHERE r.status = 'DRAFT') AS draft, count(*) FILTER (WHERE r.status = 'SUBMITTED') AS submitted,
                   count(*) FILTER (WHERE r.status = 'RETURNED') AS returned, count(*) FILTER (WHERE r.status = 'ACCEPTED') AS accepted
            """ + MEMBERS;

    private static final String MISSING_MEMBERS = "SELECT p.code, p.name, r.status " + MEMBERS
            + " AND (r.id IS NULL OR r.status NOT IN (:statuses)) ORDER BY p.code";

    /** The direction (higher or lower is better) is the catalog's of the period, never the request's. */
    private static final String RANKING = """
            SELECT rank() OVER (ORDER BY CASE WHEN i.higher_is_better THEN -rv.value ELSE rv.value END) AS rank,
                   p.code, p.name, rv.value, r.status
              FROM report r
              JOIN report_value rv ON rv.report_id = r.id AND rv.indicator_id = :indicator
              JOIN indicator_catalog(:lastDay) i ON i.id = rv.indicator_id
              JOIN province p ON p.id = r.province_id
             WHERE r.cluster_id = :cluster AND r.year = :year AND r.period = :period AND r.status IN (:statuses)
             ORDER BY rank, p.code""";

    /** An indicator as the catalog defined it on the period's last day. */
    private static final String DEFINITION =
            "SELECT name_vi, unit, higher_is_better FROM indicator_catalog(:lastDay) WHERE id = :indicator";

    /** Clusters of provinces only: a province is in one of them per year, so the national row counts it once. */
    private static final String NATIONAL = """
            WITH x AS (SELECT v.* FROM (%s) v JOIN cluster c ON c.id = v.cluster_id AND c.kind = 'PROVINCES'
                        WHERE :indicator = 0 OR v.indicator_id = :indicator)
            SELECT i.code, i.name_vi, i.unit, %s AS applied, GROUPING(c.id) = 1 AS national, c.code AS cluster_code,
                   c.name AS cluster_name, %s AS value, count(x.value) AS reported
              FROM x
              JOIN indicator_catalog(:lastDay) i ON i.id = x.indicator_id
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
                  JOIN indicator_catalog(pe.last_day) i ON i.id = rv.indicator_id
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
                  JOIN periods pe ON pe.year = m.year AND pe.period = m.period
                  CROSS JOIN indicator_catalog(pe.last_day) i
                  LEFT JOIN holder h ON h.unit_id = m.unit_id
                  LEFT JOIN counted v ON v.year = m.year AND v.period = m.period AND v.unit_id = m.unit_id
                                     AND v.indicator_id = i.id
                 WHERE (:allIndicators OR i.id IN (:indicators))
                   AND (:holder = 0 OR coalesce(h.holder_id, m.unit_id) = :holder))
            SELECT hp.code AS province_code, hp.name AS province_name, x.year, x.period, i.code AS indicator_code, i.name_vi,
                   i.unit, %s AS applied, %s AS value, count(x.value) AS reported, bool_and(x.value IS NOT NULL) AS complete,
                   CAST(jsonb_agg(jsonb_build_object('provinceCode', up.code, 'provinceName', up.name, 'value', x.value)
                                  ORDER BY up.code, up.id) AS text) AS parts
              FROM x
              JOIN periods pe ON pe.year = x.year AND pe.period = x.period
              JOIN indicator_catalog(pe.last_day) i ON i.id = x.indicator_id
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
        Optional<Set<Long>> own = access.unsubmittedWorkVisibleOnlyOf();
        Map<String, Object> memberParameters = with(period(period), "cluster", cluster.id, "seesAll", own.isEmpty(),
                "own", own.filter(units -> !units.isEmpty()).orElse(Set.of(-1L)));
        Map<String, Object> countedValues = with(counted(period, counted), "cluster", cluster.id);

        Tuple counts = row(MEMBER_COUNTS, memberParameters);
        MemberCounts members = new MemberCounts(count(counts, "expected"), count(counts, "not_started"),
                count(counts, "draft"), count(counts, "submitted"), count(counts, "returned"), count(counts, "accepted"));
        List<MissingMember> missing = rows(MISSING_MEMBERS, with(memberParameters, "statuses", statusNames(counted))).stream()
                .map(row -> new MissingMember(text(row, "code"), text(row, "name"), status(row)))
                .toList();
        List<IndicatorSummary> lines = rows(SUMMARY, countedValues).stream()
                .map(row -> new IndicatorSummary(text(row, "code"), text(row, "name_vi"), text(row, "unit"),
                        aggregation(row), row.get("higher_is_better", Boolean.class), number(row, "value"),
                        count(row, "reported"), member(row, "lowest"), member(row, "highest")))
                .toList();
        return new ClusterSummaryView(cluster.code, cluster.name, period.toString(), counted, members, missing, lines);
    }

    @Transactional
    public RankingView ranking(String clusterCode, String periodText, String indicatorCode, Inclusion include) {
        Period period = Period.ofParameter(periodText, "period");
        Indicator indicator = indicators.forParameter(indicatorCode, "indicator");
        Cluster cluster = clusters.get(clusterCode);
        List<ReportStatus> counted = Inclusion.statuses(include);
        Map<String, Object> params = with(counted(period, counted), "cluster", cluster.id, "indicator", indicator.id);
        List<RankingView.Entry> entries = rows(RANKING, params).stream()
                .map(row -> new RankingView.Entry(count(row, "rank"), text(row, "code"), text(row, "name"),
                        number(row, "value"), status(row)))
                .toList();
        Tuple definition = row(DEFINITION, Map.of("lastDay", period.lastDay(), "indicator", indicator.id));
        return new RankingView(cluster.code, period.toString(), indicator.code, text(definition, "name_vi"),
                text(definition, "unit"), definition.get("higher_is_better", Boolean.class), counted, entries);
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
        Map<String, Object> params = with(counted(period, counted), "indicator", indicator == null ? 0L : indicator.id); // 0: all
        List<NationalStatisticsView.Row> rows = rows(NATIONAL, params).stream()
                .map(row -> {
                    boolean national = row.get("national", Boolean.class);
                    return new NationalStatisticsView.Row(text(row, "code"), text(row, "name_vi"), text(row, "unit"),
                            aggregation(row),
                            national ? NationalStatisticsView.Scope.NATIONAL : NationalStatisticsView.Scope.CLUSTER,
                            national ? null : text(row, "cluster_code"), national ? null : text(row, "cluster_name"),
                            number(row, "value"), count(row, "reported"));
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
        Query query = Panache.getEntityManager().createNativeQuery(ROLLED_UP, Tuple.class)
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
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new RolledUpValue(text(row, "province_code"), text(row, "province_name"),
                        new Period(row.get("year", Integer.class), PeriodKind.valueOf(text(row, "period"))).toString(),
                        text(row, "indicator_code"), text(row, "name_vi"), text(row, "unit"), aggregation(row),
                        number(row, "value"), count(row, "reported"), row.get("complete", Boolean.class),
                        parts(text(row, "parts"))))
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

    /** The parameters naming a period: {@code :year} and {@code :period}. */
    private static Map<String, Object> period(Period period) {
        return Map.of("year", period.year(), "period", period.kind().name());
    }

    /** A period's parameters and its last day, {@code :lastDay}, whose indicator catalog the statement reads. */
    private static Map<String, Object> catalogOf(Period period) {
        return with(period(period), "lastDay", period.lastDay());
    }

    /** A period's parameters with its catalog's day, and the report statuses counted, {@code :statuses}. */
    private static Map<String, Object> counted(Period period, List<ReportStatus> counted) {
        return with(catalogOf(period), "statuses", statusNames(counted));
    }

    private static List<String> statusNames(List<ReportStatus> counted) {
        return counted.stream().map(Enum::name).toList();
    }

    /** These parameters and more, as name-value pairs. */
    private static Map<String, Object> with(Map<String, Object> parameters, Object... more) {
        Map<String, Object> all = new HashMap<>(parameters);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    /**
     * The statement with exactly these parameters bound: a parameter the SQL does not name, or one it names that
     * is not given, fails at once (Hibernate), so statement and parameters cannot drift apart.
     */
    private static Query query(String sql, Map<String, Object> parameters) {
        Query query = Panache.getEntityManager().createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The rows of the statement, whose columns are read by name and type. */
    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(String sql, Map<String, Object> params) {
        return query(sql, params).getResultList();
    }

    private static Tuple row(String sql, Map<String, Object> params) {
        return (Tuple) query(sql, params).getSingleResult();
    }

    private static String text(Tuple row, String column) {
        return row.get(column, String.class);
    }

    private static Aggregation aggregation(Tuple row) {
        return Aggregation.valueOf(text(row, "applied"));
    }

    private static ReportStatus status(Tuple row) {
        String status = text(row, "status");
        return status == null ? null : ReportStatus.valueOf(status);
    }

    /** The member in columns {@code <prefix>_code}, {@code _name} and {@code _value}, if any. */
    private static MemberValue member(Tuple row, String prefix) {
        String code = text(row, prefix + "_code");
        return code == null ? null : new MemberValue(code, text(row, prefix + "_name"), number(row, prefix + "_value"));
    }

    private static BigDecimal number(Tuple row, String column) {
        BigDecimal value = row.get(column, BigDecimal.class);
        return value == null ? null : Numbers.plain(value);
    }

    private static long count(Tuple row, String column) {
        return row.get(column, Long.class);
    }
}
