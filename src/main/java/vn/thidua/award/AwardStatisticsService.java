package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.province.ProvinceService;

/**
 * Award statistics, aggregated in SQL. The groups are counted over award_recommendation alone
 * ({@code count(*)}, columns of the statistics index, so an index-only scan), and only the groups are
 * then joined to their names.
 * <p>
 * A national year is ~100,000 rows to count (tens of milliseconds of SQL), asked for again and again while the
 * counts rarely change; so results are kept, and kept exact: the database adds one to a version
 * ({@code award_statistics_version}, migration V19) in the same transaction as every change that can alter a count
 * or a name shown, whoever writes (another instance, a script). A kept result is served only while the versions
 * read <em>before</em> it was computed are still the current ones: one indexed read of a few rows per request.
 */
@ApplicationScoped
public class AwardStatisticsService {

    /** More groups than this is not a statistic any more: the client should filter or group by less. */
    static final int MAX_ROWS = 10_000;

    /** At most this many results are kept; when full, the service starts again with none. */
    static final int KEPT_RESULTS = 1_000;

    /** What a result depends on besides the data: the question, and what the caller may see. */
    private record Question(List<StatisticsDimension> dimensions, Long cluster, Integer year, RecommendationStatus status,
                            LocalDate asOf, Optional<Set<Long>> visibleUnsubmittedOf) {
    }

    /** A result and the version of its data it was computed from (or from a later one). */
    private record Kept(long version, AwardStatisticsView view) {
    }

    private final Map<Question, Kept> kept = new ConcurrentHashMap<>();
    private final EntityManager entityManager;
    private final ClusterService clusters;
    private final AccessPolicy access;

    public AwardStatisticsService(EntityManager entityManager, ClusterService clusters, AccessPolicy access) {
        this.entityManager = entityManager;
        this.clusters = clusters;
        this.access = access;
    }

    /** Counts what the caller may see: a province officer counts other provinces' work once it was submitted. */
    public AwardStatisticsView compute(String groupBy, String clusterCode, Integer year, RecommendationStatus status,
                                       LocalDate asOf) {
        List<StatisticsDimension> dimensions = StatisticsDimension.parse(groupBy);
        if (asOf != null && !dimensions.contains(StatisticsDimension.PROVINCE)) {
            throw ApiException.badRequest("asOf", "regroups provinces: use it with groupBy=province");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (clusterCode != null) {
            where.append(" AND r.cluster_id = :cluster");
            params.put("cluster", clusters.get(clusterCode).id);
        }
        if (year != null) {
            where.append(" AND r.year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" AND r.status = :status");
            params.put("status", status.name());
        }
        Optional<Set<Long>> visibleUnsubmittedOf = access.unsubmittedWorkVisibleOnlyOf();
        visibleUnsubmittedOf.ifPresent(own -> {
            where.append(" AND (r.submitted_at IS NOT NULL OR r.proposing_province_id IN (:own))");
            params.put("own", own);
        });
        Question question = new Question(dimensions, (Long) params.get("cluster"), year, status, asOf, visibleUnsubmittedOf);
        // The version first: a result computed afterwards holds at least the data of that version.
        long version = dataVersion(year);
        Kept found = kept.get(question);
        if (found != null && found.version() == version) {
            return found.view();
        }
        List<AwardStatisticsView.Row> rows = rows(dimensions, where.toString(), params, asOf);
        AwardStatisticsView view = new AwardStatisticsView(dimensions.stream().map(d -> d.parameter).toList(), rows,
                totals(where.toString(), params));
        if (kept.size() >= KEPT_RESULTS) {
            kept.clear();
        }
        kept.put(question, new Kept(version, view));
        return view;
    }

    /**
     * The version of what statistics of this year (of all years when null) count and show: each change adds one to
     * its scope's version, so the sum changes with every change.
     */
    private long dataVersion(Integer year) {
        Query query = year == null
                ? entityManager.createNativeQuery("SELECT coalesce(sum(version), 0) FROM award_statistics_version")
                : entityManager.createNativeQuery("SELECT coalesce(sum(version), 0) FROM award_statistics_version"
                        + " WHERE scope IN ('reference', :scope)").setParameter("scope", "year:" + year);
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<AwardStatisticsView.Row> rows(List<StatisticsDimension> dimensions, String where, Map<String, Object> params,
                                               LocalDate asOf) {
        String sql;
        if (dimensions.isEmpty()) {
            sql = "SELECT count(*) FROM award_recommendation r" + where;
        } else {
            // With asOf, a nominee's province is the unit that holds its place that day (ProvinceService.HOLDERS_ON_AS_OF).
            String from = asOf == null ? " FROM award_recommendation r"
                    : " FROM award_recommendation r LEFT JOIN holder h ON h.unit_id = r.nominee_province_id";
            String grouped = dimensions.stream()
                    .map(d -> (asOf != null && d == StatisticsDimension.PROVINCE ? "coalesce(h.holder_id, r.nominee_province_id)"
                            : d.column) + " AS " + d.alias())
                    .collect(Collectors.joining(", "));
            String positions = java.util.stream.IntStream.rangeClosed(1, dimensions.size()).mapToObj(String::valueOf)
                    .collect(Collectors.joining(", "));
            sql = "SELECT " + dimensions.stream().map(d -> d.shown).collect(Collectors.joining(", ")) + ", g.n"
                    + " FROM (SELECT " + grouped + ", count(*) AS n" + from + where
                    + " GROUP BY " + positions + ") g"
                    + dimensions.stream().map(d -> d.join).collect(Collectors.joining())
                    + " ORDER BY " + dimensions.stream().map(d -> d.order).collect(Collectors.joining(", "))
                    + " LIMIT " + (MAX_ROWS + 1);
            if (asOf != null) {
                sql = "WITH RECURSIVE " + ProvinceService.HOLDERS_ON_AS_OF + " " + sql;
            }
        }
        Query query = query(sql, params);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        List<?> result = query.getResultList();
        if (result.size() > MAX_ROWS) {
            throw ApiException.unprocessable("groupBy", "more than " + MAX_ROWS
                    + " groups; filter by cluster, year or status, or group by fewer dimensions");
        }
        List<AwardStatisticsView.Row> rows = new ArrayList<>();
        for (Object found : result) {
            Object[] columns = found instanceof Object[] array ? array : new Object[] {found};
            rows.add(row(dimensions, columns));
        }
        return rows;
    }

    private static AwardStatisticsView.Row row(List<StatisticsDimension> dimensions, Object[] columns) {
        String awardType = null;
        String awardTypeName = null;
        RecommendationStatus status = null;
        String province = null;
        String provinceName = null;
        String cluster = null;
        CommendationKind kind = null;
        Integer year = null;
        int i = 0;
        for (StatisticsDimension dimension : dimensions) {
            switch (dimension) {
                case AWARD_TYPE -> {
                    awardType = (String) columns[i++];
                    awardTypeName = (String) columns[i++];
                }
                case STATUS -> status = RecommendationStatus.valueOf((String) columns[i++]);
                case PROVINCE -> {
                    province = (String) columns[i++];
                    provinceName = (String) columns[i++];
                }
                case CLUSTER -> cluster = (String) columns[i++];
                case KIND -> kind = CommendationKind.valueOf((String) columns[i++]);
                case YEAR -> year = ((Number) columns[i++]).intValue();
            }
        }
        return new AwardStatisticsView.Row(awardType, awardTypeName, status, province, provinceName, cluster, kind, year,
                ((Number) columns[i]).longValue());
    }

    private AwardStatisticsView.Totals totals(String where, Map<String, Object> params) {
        String counts = """
                count(*) FILTER (WHERE %1$s) AS n,
                count(*) FILTER (WHERE %1$s AND r.kind = 'AD_HOC') AS ad_hoc,
                count(*) FILTER (WHERE %1$s AND r.nominee_kind = 'INDIVIDUAL') AS individuals,
                count(*) FILTER (WHERE %1$s AND r.nominee_kind = 'INDIVIDUAL' AND r.direct_worker) AS direct""";
        String sql = "SELECT s.n, s.ad_hoc, s.individuals, s.direct, round(s.direct::numeric / nullif(s.individuals, 0), 4),"
                + " s.a_n, s.a_ad_hoc, s.a_individuals, s.a_direct, round(s.a_direct::numeric / nullif(s.a_individuals, 0), 4)"
                + " FROM (SELECT " + counts.formatted("true") + ", "
                + counts.formatted("r.status = 'APPROVED'").replace(" AS ", " AS a_")
                + " FROM award_recommendation r" + where + ") s";
        Object[] t = (Object[]) query(sql, params).getSingleResult();
        return new AwardStatisticsView.Totals(counts(t, 0), counts(t, 5));
    }

    private static AwardStatisticsView.Counts counts(Object[] t, int from) {
        return new AwardStatisticsView.Counts(((Number) t[from]).longValue(), ((Number) t[from + 1]).longValue(),
                ((Number) t[from + 2]).longValue(), ((Number) t[from + 3]).longValue(), (BigDecimal) t[from + 4]);
    }

    private Query query(String sql, Map<String, Object> params) {
        Query query = entityManager.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }
}
