package vn.thidua.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.Numbers;
import vn.thidua.province.Province;
import vn.thidua.scoring.ScoreRankingView.Entry;
import vn.thidua.scoring.ScoreRankingView.Leader;
import vn.thidua.scoring.ScoringSchemeView.TieBreakerView;

/**
 * The ranking of the year, computed by PostgreSQL from the confirmed scorecards: total points, then the scheme's tie
 * rule as sort keys, then RANK() (what stays equal shares the rank). Only result rows travel to Java.
 */
@ApplicationScoped
public class ScoreRankingService {

    /**
     * Parameters: :scheme, :cluster, :year and :lastDay (the year's last day: an INDICATOR step takes its direction from
     * the catalog as it was then). A step's sort key is its value, negated where lower is better; a member without a
     * value sorts after every member with one.
     */
    private static final String RANKING = """
            WITH card AS (
                SELECT s.id, s.province_id,
                       coalesce(sum(l.agreed_points) FILTER (WHERE i.kind = 'CRITERION'), 0) AS criteria,
                       coalesce(sum(l.agreed_points) FILTER (WHERE i.kind = 'BONUS'), 0) AS bonus,
                       coalesce(sum(l.agreed_points) FILTER (WHERE i.kind = 'PENALTY'), 0) AS penalty,
                       count(*) FILTER (WHERE i.kind = 'CRITERION' AND l.agreed_points = i.max_points) AS maximum_scores
                  FROM scorecard s
                  LEFT JOIN scorecard_line l ON l.scorecard_id = s.id
                  LEFT JOIN scoring_item i ON i.id = l.item_id
                 WHERE s.scheme_id = :scheme AND s.status = 'CONFIRMED'
                 GROUP BY s.id, s.province_id),
            tie AS (
                SELECT c.id AS card_id, b.position,
                       CASE b.kind
                         WHEN 'MAXIMUM_SCORES' THEN CAST(c.maximum_scores AS numeric)
                         WHEN 'GROUP_POINTS' THEN (
                             SELECT coalesce(sum(gl.agreed_points), 0)
                               FROM scorecard_line gl JOIN scoring_item gi ON gi.id = gl.item_id
                              WHERE gl.scorecard_id = c.id AND gi.kind = 'CRITERION' AND gi.group_code = b.group_code)
                         WHEN 'VOTE' THEN (
                             SELECT CAST(v.votes AS numeric) FROM scoring_tie_vote v
                              WHERE v.scheme_id = :scheme AND v.province_id = c.province_id)
                         ELSE (
                             SELECT rv.value
                               FROM report r JOIN report_value rv ON rv.report_id = r.id AND rv.indicator_id = b.indicator_id
                              WHERE r.cluster_id = :cluster AND r.province_id = c.province_id AND r.year = :year
                                AND r.period = 'FY' AND r.status = 'ACCEPTED')
                       END AS value,
                       coalesce(ic.higher_is_better, true) AS higher_is_better
                  FROM card c
                  JOIN scoring_tie_breaker b ON b.scheme_id = :scheme
                  LEFT JOIN indicator_catalog(:lastDay) ic ON ic.id = b.indicator_id),
            keys AS (
                SELECT card_id,
                       array_agg(value ORDER BY position) AS shown,
                       array_agg(coalesce(CASE WHEN higher_is_better THEN value ELSE -value END, -1e15) ORDER BY position)
                           AS sort_key
                  FROM tie GROUP BY card_id)
            SELECT CAST(rank() OVER (ORDER BY c.criteria + c.bonus - c.penalty DESC, k.sort_key DESC NULLS LAST) AS bigint),
                   p.code, p.name, c.criteria + c.bonus - c.penalty, c.criteria, c.bonus, c.penalty,
                   CAST(c.maximum_scores AS bigint), CAST(array_to_json(k.shown) AS text), p.id
              FROM card c
              JOIN province p ON p.id = c.province_id
              LEFT JOIN keys k ON k.card_id = c.id
             ORDER BY 1, p.code""";

    /** Members without a confirmed card, by province code. */
    private static final String NOT_CONFIRMED = """
            SELECT p.code, p.name
              FROM membership m
              JOIN province p ON p.id = m.province_id
             WHERE m.cluster_id = :cluster AND m.year = :year
               AND NOT EXISTS (SELECT 1 FROM scorecard s WHERE s.cluster_id = m.cluster_id AND s.year = m.year
                                  AND s.province_id = m.province_id AND s.status = 'CONFIRMED')
             ORDER BY p.code""";

    /** The first place of a year: who holds it (several when shared). */
    public record FirstPlace(List<Province> members) {

        public boolean shared() {
            return members.size() > 1;
        }
    }

    private final EntityManager em;
    private final ClusterService clusters;
    private final ObjectMapper json;

    public ScoreRankingService(EntityManager em, ClusterService clusters, ObjectMapper json) {
        this.em = em;
        this.clusters = clusters;
        this.json = json;
    }

    @Transactional
    public ScoreRankingView ranking(String clusterCode, int year) {
        Cluster cluster = clusters.get(clusterCode);
        ScoringScheme scheme = ScoringScheme.of(cluster, year).orElseThrow(() -> ApiException.notFound("Cluster "
                + cluster.code + " has no scoring scheme for " + year + ", so no ranking."));
        List<Row> rows = rows(scheme);
        List<Entry> entries = rows.stream().map(Row::entry).toList();
        List<Entry> first = entries.stream().filter(e -> e.rank() == 1).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery(NOT_CONFIRMED).setParameter("cluster", cluster.id)
                .setParameter("year", year).getResultList();
        return new ScoreRankingView(cluster.code, year, scheme.title,
                scheme.tieRule.stream().map(TieBreakerView::of).toList(),
                Math.addExact(entries.size(), pending.size()), entries,
                first.size() == 1 ? new Leader(first.get(0).provinceCode(), first.get(0).provinceName()) : null,
                first.size() > 1, pending.stream().map(r -> new Leader((String) r[0], (String) r[1])).toList(),
                scheme.tieRule.stream().map(ScoreRankingService::label).toList());
    }

    /** A step of the tie rule as the columns of the CSV and the workbook name it, in Vietnamese. */
    private static String label(TieBreaker b) {
        return "Tiêu chí phụ " + (b.position + 1) + ": " + switch (b.kind) {
            case MAXIMUM_SCORES -> "số tiêu chí đạt tối đa";
            case GROUP_POINTS -> "điểm nhóm " + b.groupCode;
            case INDICATOR -> b.indicator.nameVi + " (" + b.indicator.unit + ")";
            case VOTE -> "số phiếu biểu quyết";
        };
    }

    /**
     * Who ranks first by the confirmed scores of the year; empty when the cluster has no confirmed scorecard that year.
     * Locks the year's scheme against confirmations until the caller's transaction ends, so that the first place
     * cannot change under a decision taken on it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FirstPlace> firstPlace(Cluster cluster, int year) {
        Optional<ScoringScheme> scheme = ScoringScheme.<ScoringScheme>find("cluster = ?1 and year = ?2", cluster, year)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        List<Province> first = rows(scheme.get()).stream().filter(r -> r.entry().rank() == 1)
                .map(r -> Province.<Province>findById(r.provinceId())).toList();
        return first.isEmpty() ? Optional.empty() : Optional.of(new FirstPlace(first));
    }

    record Row(Entry entry, long provinceId) {
    }

    List<Row> rows(ScoringScheme scheme) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RANKING).setParameter("scheme", scheme.id)
                .setParameter("cluster", scheme.cluster.id).setParameter("year", scheme.year)
                .setParameter("lastDay", LocalDate.of(scheme.year, 12, 31)).getResultList();
        return rows.stream().map(r -> new Row(new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                number(r[3]), number(r[4]), number(r[5]), number(r[6]), ((Number) r[7]).longValue(), values((String) r[8])),
                ((Number) r[9]).longValue())).toList();
    }

    private List<ScoreRankingView.TieValue> values(String array) {
        if (array == null) {
            return List.of();
        }
        try {
            return json.readValue(array, new TypeReference<List<BigDecimal>>() { }).stream()
                    .map(v -> new ScoreRankingView.TieValue(Numbers.plain(v))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tie-breaker values not JSON", e);
        }
    }

    private static BigDecimal number(Object value) {
        return Numbers.plain(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
    }
}
