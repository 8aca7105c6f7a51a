package vn.thidua.scoring;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
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
 * points is hard-coded. One scheme per cluster and year is a unique key; once a member submits its scorecard the
 * scheme is frozen, which the database enforces (triggers on its items and tie rule, V10). Not at the first draft:
 * {@code frozen} and the feed's {@code freeze} are everyone's to read, and a draft is its province's alone, so freezing
 * at a draft would tell every province that some member has started a card. A replacement therefore meets drafts:
 * they keep their lines of the items whose code stays and lose those of removed items, and meet the scheme as it is
 * when they are submitted ({@link ScorecardService#submit}). Replacing a scheme locks its row; writing a card locks it
 * for share and submitting one for update, so a replacement never slips in beside them.
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
                    + "a member submitted its scorecard on " + scheme.frozenAt.toLocalDate() + ", and every card is "
                    + "scored against the scheme as it was then.");
        }
        ScoringSchemeView before = ScoringSchemeView.of(scheme);
        // Every card of a scheme not frozen is a draft (a submission freezes it). Items keep their identity by code, so
        // drafts keep those lines; the lines of removed items go with them.
        Set<String> codes = codesOf(input);
        List<ScoringItem> removed = scheme.items.stream().filter(i -> !codes.contains(i.code)).toList();
        if (!removed.isEmpty()) {
            ScoringScheme.getEntityManager().createNativeQuery("DELETE FROM scorecard_line WHERE item_id IN (:items)")
                    .setParameter("items", removed.stream().map(i -> i.id).toList()).executeUpdate();
        }
        // Removed items go before new ones come, and the old tie rule before the new: keys stay unique at every statement.
        scheme.items.removeAll(removed);
        scheme.tieRule.clear();
        ScoringScheme.flush();
        setContent(scheme, input);
        scheme.updatedAt = OffsetDateTime.now();
        ScoringScheme.flush();
        Versioned<ScoringSchemeView> after = versioned(scheme);
        if (!itemsOf(before).equals(itemsOf(after.body()))) {
            // The drafts show their items (name, kind, maximum, order) and may have lost lines: they changed, their
            // ETags too, so that their provinces' next write starts from what they are now.
            ScoringScheme.getEntityManager().createNativeQuery(
                            "UPDATE scorecard SET version = version + 1, updated_at = now() WHERE scheme_id = :scheme")
                    .setParameter("scheme", scheme.id).executeUpdate();
        }
        audit.record(ENTITY, clusterCode + "/" + year, "update", before, after.body());
        return after;
    }

    /**
     * The scheme a new scorecard is written against, locked for share for the transaction, so that no replacement
     * changes its items meanwhile (a draft freezes nothing). 422 on {@code field} when the cluster has no scheme for
     * the year.
     */
    ScoringScheme schemeToScore(Cluster cluster, int year, String field) {
        return ScoringScheme.<ScoringScheme>find("cluster = ?1 and year = ?2", cluster, year)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional()
                .orElseThrow(() -> ApiException.unprocessable(field, "cluster " + cluster.code + " has no scoring scheme "
                        + "for " + year + "; its head writes one first (POST /api/v1/clusters/" + cluster.code
                        + "/scoring-schemes)"));
    }

    /** Locks a card's scheme for share, against a replacement, while a draft's lines are written. */
    void holdForDraft(ScoringScheme scheme) {
        ScoringScheme.getEntityManager().lock(scheme, LockModeType.PESSIMISTIC_READ);
    }

    /**
     * Locks a card's scheme for its submission, to be {@link #freeze frozen} by it: a replacement waits for the
     * submission, then finds the scheme frozen (409); a submission that read the card or the scheme before a
     * replacement committed is stale (412), and is checked against the replacement when sent again.
     */
    void holdForSubmission(ScoringScheme scheme) {
        ScoringScheme.getEntityManager().lock(scheme, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The first submitted scorecard freezes the scheme; it never thaws (V10). */
    void freeze(ScoringScheme scheme) {
        if (!scheme.frozen()) {
            scheme.frozenAt = OffsetDateTime.now();
        }
    }

    private ScoringScheme get(Cluster cluster, int year, LockModeType lock) {
        return ScoringScheme.<ScoringScheme>find("cluster = ?1 and year = ?2", cluster, year).withLock(lock)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Cluster " + cluster.code
                        + " has no scoring scheme for " + year + "."));
    }

    private static Set<String> codesOf(SchemeContent content) {
        Set<String> codes = new HashSet<>();
        content.groups().forEach(g -> g.criteria().forEach(c -> codes.add(c.code())));
        for (List<ScoringItemInput> items : Arrays.asList(content.bonuses(), content.penalties())) {
            if (items != null) {
                items.forEach(i -> codes.add(i.code()));
            }
        }
        return codes;
    }

    /** What a scorecard shows of its scheme's items: their codes, names, kinds, groups, maximums and order. */
    private static List<Object> itemsOf(ScoringSchemeView view) {
        return List.of(view.groups(), view.bonuses(), view.penalties());
    }

    /**
     * Checks the content (codes unique, tie rule naming what exists) and writes it into the scheme. An item whose code
     * the scheme has already is the same item, rewritten: the lines of draft scorecards stay with it.
     */
    private void setContent(ScoringScheme scheme, SchemeContent content) {
        scheme.title = content.title().strip();
        Map<String, ScoringItem> existing = new HashMap<>();
        scheme.items.forEach(i -> existing.put(i.code, i));
        scheme.items.clear();
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
                        "groups[" + g + "].criteria[" + c + "].code", codes, existing, position++);
                item.groupCode = group.code();
                item.groupName = group.name().strip();
            }
        }
        position = add(scheme, ScoringItemKind.BONUS, content.bonuses(), "bonuses", codes, existing, position);
        add(scheme, ScoringItemKind.PENALTY, content.penalties(), "penalties", codes, existing, position);
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
                           Set<String> codes, Map<String, ScoringItem> existing, int position) {
        if (inputs != null) {
            for (int i = 0; i < inputs.size(); i++) {
                item(scheme, kind, inputs.get(i), field + "[" + i + "].code", codes, existing, position++);
            }
        }
        return position;
    }

    private static ScoringItem item(ScoringScheme scheme, ScoringItemKind kind, ScoringItemInput input, String field,
                                    Set<String> codes, Map<String, ScoringItem> existing, int position) {
        if (!codes.add(input.code())) {
            throw ApiException.unprocessable(field, "item " + input.code() + " is named twice; codes are unique in the "
                    + "scheme (criteria, bonuses and penalties together)");
        }
        ScoringItem item = existing.containsKey(input.code()) ? existing.get(input.code()) : new ScoringItem();
        item.scheme = scheme;
        item.kind = kind;
        item.groupCode = null;
        item.groupName = null;
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
