package vn.thidua.scoring;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.access.AccessPolicy;
import vn.thidua.audit.AuditTrail;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;
import vn.thidua.indicator.Indicator;
import vn.thidua.indicator.IndicatorService;

/**
 * The clusters' scoring schemes. A cluster writes its own (the head of that year, or central staff): nothing about
 * points is hard-coded. One scheme per cluster and year is a unique key; once the first scorecard is created the
 * scheme is frozen, which the database enforces (triggers on its items and tie rule, V10). Replacing a scheme and
 * starting to score both lock the scheme's row, so a replacement never slips in beside the first scorecard.
 */
@ApplicationScoped
public class ScoringSchemeService {

    static final String ENTITY = "scoring-scheme";

    private final ClusterService clusters;
    private final IndicatorService indicators;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public ScoringSchemeService(ClusterService clusters, IndicatorService indicators, AccessPolicy access, AuditTrail audit) {
        this.clusters = clusters;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PageView<ScoringSchemeView> list(String clusterCode, PageRequest page) {
        Cluster cluster = clusters.get(clusterCode);
        return PageView.of(ScoringScheme.class, "from ScoringScheme where cluster = :cluster", "year desc",
                Parameters.with("cluster", cluster), page, rows -> rows.stream().map(ScoringSchemeView::of).toList());
    }

    @Transactional
    public Versioned<ScoringSchemeView> read(String clusterCode, int year) {
        return versioned(get(clusters.get(clusterCode), year, LockModeType.NONE));
    }

    @Transactional
    public Versioned<ScoringSchemeView> create(String clusterCode, ScoringSchemeCreate input) {
        Cluster cluster = clusters.get(clusterCode);
        access.requireClusterLead(cluster, input.year(), "write its scoring scheme");
        ScoringScheme scheme = new ScoringScheme();
        scheme.cluster = cluster;
        scheme.year = input.year();
        scheme.createdAt = OffsetDateTime.now();
        scheme.updatedAt = scheme.createdAt;
        setContent(scheme, input);
        scheme.persist();
        ScoringScheme.flush();
        Versioned<ScoringSchemeView> created = versioned(scheme);
        audit.record(ENTITY, clusterCode + "/" + scheme.year, "create", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<ScoringSchemeView> replace(String clusterCode, int year, String ifMatch, ScoringSchemeUpdate input) {
        Cluster cluster = clusters.get(clusterCode);
        ScoringScheme scheme = get(cluster, year, LockModeType.PESSIMISTIC_WRITE);
        access.requireClusterLead(cluster, year, "change its scoring scheme");
        Versions.requireMatch(ifMatch, scheme.version);
        if (scheme.frozen()) {
            throw ApiException.conflict("The scoring scheme of cluster " + cluster.code + " for " + year + " is frozen: "
                    + "scoring started on " + scheme.frozenAt.toLocalDate() + " (the first scorecard), and every card is "
                    + "scored against the scheme as it was then.");
        }
        ScoringSchemeView before = ScoringSchemeView.of(scheme);
        // Old items go before new ones come: codes stay unique in the scheme at every statement.
        scheme.items.clear();
        scheme.tieRule.clear();
        ScoringScheme.flush();
        setContent(scheme, input);
        scheme.updatedAt = OffsetDateTime.now();
        ScoringScheme.flush();
        Versioned<ScoringSchemeView> after = versioned(scheme);
        audit.record(ENTITY, clusterCode + "/" + year, "update", before, after.body());
        return after;
    }

    /**
     * The scheme a scorecard is scored against, locked for the transaction; the first scorecard freezes it. 422 on
     * {@code field} when the cluster has no scheme for the year.
     */
    ScoringScheme startScoring(Cluster cluster, int year, String field) {
        ScoringScheme scheme = ScoringScheme.<ScoringScheme>find("cluster = ?1 and year = ?2", cluster, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.unprocessable(field, "cluster " + cluster.code + " has no scoring scheme "
                        + "for " + year + "; its head writes one first (POST /api/v1/clusters/" + cluster.code
                        + "/scoring-schemes)"));
        if (!scheme.frozen()) {
            scheme.frozenAt = OffsetDateTime.now();
        }
        return scheme;
    }

    private ScoringScheme get(Cluster cluster, int year, LockModeType lock) {
        return ScoringScheme.<ScoringScheme>find("cluster = ?1 and year = ?2", cluster, year).withLock(lock)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Cluster " + cluster.code
                        + " has no scoring scheme for " + year + "."));
    }

    /** Checks the content (codes unique, tie rule naming what exists) and writes it into the scheme. */
    private void setContent(ScoringScheme scheme, SchemeContent content) {
        scheme.title = content.title().strip();
        Set<String> codes = new HashSet<>();
        Set<String> groupCodes = new HashSet<>();
        int position = 0;
        for (int g = 0; g < content.groups().size(); g++) {
            CriteriaGroupInput group = content.groups().get(g);
            if (!groupCodes.add(group.code())) {
                throw ApiException.unprocessable("groups[" + g + "].code", "group " + group.code() + " is named twice");
            }
            for (int c = 0; c < group.criteria().size(); c++) {
                ScoringItem item = item(scheme, ScoringItemKind.CRITERION, group.criteria().get(c),
                        "groups[" + g + "].criteria[" + c + "].code", codes, position++);
                item.groupCode = group.code();
                item.groupName = group.name().strip();
            }
        }
        position = add(scheme, ScoringItemKind.BONUS, content.bonuses(), "bonuses", codes, position);
        add(scheme, ScoringItemKind.PENALTY, content.penalties(), "penalties", codes, position);
        List<TieBreakerInput> rule = content.tieRule() == null ? List.of() : content.tieRule();
        Map<String, Indicator> catalog = indicators.byCode();
        for (int t = 0; t < rule.size(); t++) {
            TieBreakerInput input = rule.get(t);
            String at = "tieRule[" + t + "]";
            TieBreaker breaker = new TieBreaker();
            breaker.scheme = scheme;
            breaker.position = t;
            breaker.kind = input.kind();
            if (input.kind() == TieBreakerKind.GROUP_POINTS) {
                if (input.groupCode() == null || !groupCodes.contains(input.groupCode())) {
                    throw ApiException.unprocessable(at + ".groupCode", "GROUP_POINTS names one of the scheme's criteria "
                            + "groups " + groupCodes);
                }
                breaker.groupCode = input.groupCode();
            } else if (input.groupCode() != null) {
                throw ApiException.unprocessable(at + ".groupCode", "only GROUP_POINTS names a group");
            }
            if (input.kind() == TieBreakerKind.INDICATOR) {
                if (input.indicatorCode() == null || !catalog.containsKey(input.indicatorCode())) {
                    throw ApiException.unprocessable(at + ".indicatorCode", "INDICATOR names an indicator of the "
                            + "catalog (GET /api/v1/indicators)" + (input.indicatorCode() == null ? "" : "; "
                            + input.indicatorCode() + " is not one"));
                }
                breaker.indicator = catalog.get(input.indicatorCode());
            } else if (input.indicatorCode() != null) {
                throw ApiException.unprocessable(at + ".indicatorCode", "only INDICATOR names an indicator");
            }
            if (input.kind() == TieBreakerKind.VOTE && t != rule.size() - 1) {
                throw ApiException.unprocessable(at + ".kind", "VOTE is the rule's last step: it decides what the steps "
                        + "before leave tied");
            }
            scheme.tieRule.add(breaker);
        }
    }

    private static int add(ScoringScheme scheme, ScoringItemKind kind, List<ScoringItemInput> inputs, String field,
                           Set<String> codes, int position) {
        if (inputs != null) {
            for (int i = 0; i < inputs.size(); i++) {
                item(scheme, kind, inputs.get(i), field + "[" + i + "].code", codes, position++);
            }
        }
        return position;
    }

    private static ScoringItem item(ScoringScheme scheme, ScoringItemKind kind, ScoringItemInput input, String field,
                                    Set<String> codes, int position) {
        if (!codes.add(input.code())) {
            throw ApiException.unprocessable(field, "item " + input.code() + " is named twice; codes are unique in the "
                    + "scheme (criteria, bonuses and penalties together)");
        }
        ScoringItem item = new ScoringItem();
        item.scheme = scheme;
        item.kind = kind;
        item.code = input.code();
        item.name = input.name().strip();
        item.maxPoints = input.maxPoints();
        item.position = position;
        scheme.items.add(item);
        return item;
    }

    private static Versioned<ScoringSchemeView> versioned(ScoringScheme scheme) {
        return new Versioned<>(ScoringSchemeView.of(scheme), scheme.version);
    }
}
