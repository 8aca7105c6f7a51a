package vn.thidua.covenant;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.ApiException;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.indicator.Indicator;
import vn.thidua.indicator.IndicatorService;
import vn.thidua.indicator.ValueType;
import vn.thidua.membership.Membership;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.workflow.Workflow.Before;

/**
 * Covenants: drafted by the head of the year or central staff (DRAFT, replaced by PUT), signed by every member (SIGN),
 * then never changed: an amendment, with its reason, adds a new revision of the items (AMEND). One covenant per cluster
 * and year is a unique key; the database refuses any change to a signed covenant's signing, items or signatories.
 */
@ApplicationScoped
public class CovenantService {

    private final ClusterService clusters;
    private final ProvinceService provinces;
    private final IndicatorService indicators;
    private final AccessPolicy access;
    private final CovenantWorkflow workflow;

    public CovenantService(ClusterService clusters, ProvinceService provinces, IndicatorService indicators,
                           AccessPolicy access, CovenantWorkflow workflow) {
        this.clusters = clusters;
        this.provinces = provinces;
        this.indicators = indicators;
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public PageView<CovenantView> list(String clusterCode, PageRequest page) {
        Cluster cluster = clusters.get(clusterCode);
        return PageView.of(Covenant.class, "from Covenant where cluster = :cluster", "year desc",
                Parameters.with("cluster", cluster), page, rows -> rows.stream().map(c -> CovenantView.of(c, c.revision, CovenantItem.of(c, c.revision))).toList());
    }

    /** The covenant with the items of a revision (default: the one in force). */
    @Transactional
    public Versioned<CovenantView> read(String clusterCode, int year, Integer revision) {
        Covenant covenant = get(clusterCode, year);
        int shown = revision == null ? covenant.revision : revision;
        if (shown < 0 || shown > covenant.revision) {
            throw ApiException.notFound("The covenant of cluster " + covenant.cluster.code + " for " + year
                    + " has revisions 0 to " + covenant.revision + ", not " + shown + ".");
        }
        return new Versioned<>(CovenantView.of(covenant, shown, CovenantItem.of(covenant, shown)), covenant.version);
    }

    @Transactional
    public PageView<CovenantStepView> history(String clusterCode, int year, PageRequest page) {
        Covenant covenant = get(clusterCode, year);
        return PageView.of(CovenantStep.class, "from CovenantStep where covenant = :covenant", "at, id",
                Parameters.with("covenant", covenant), page, rows -> rows.stream().map(CovenantStepView::of).toList());
    }

    @Transactional
    public Versioned<CovenantView> create(String clusterCode, CovenantCreate input) {
        Cluster cluster = clusters.get(clusterCode);
        access.requireClusterLead(cluster, input.year(), "draft its covenant");
        Covenant covenant = new Covenant();
        covenant.cluster = cluster;
        covenant.year = input.year();
        covenant.title = input.title().strip();
        covenant.status = CovenantStatus.DRAFT;
        covenant.createdAt = OffsetDateTime.now();
        covenant.updatedAt = covenant.createdAt;
        covenant.persist();
        Covenant.flush();
        writeItems(covenant, 0, input.items());
        return workflow.commit(covenant, null, CovenantAction.CREATE, null);
    }

    @Transactional
    public Versioned<CovenantView> update(String clusterCode, int year, String ifMatch, CovenantUpdate input) {
        Covenant covenant = workflow.open(get(clusterCode, year), ifMatch, CovenantAction.UPDATE,
                c -> access.requireClusterLead(c.cluster, year, "change its draft covenant"));
        Before<CovenantView, CovenantStatus> before = workflow.before(covenant);
        covenant.title = input.title().strip();
        CovenantItem.delete("covenant = ?1 and revision = 0", covenant);
        writeItems(covenant, 0, input.items());
        return workflow.commit(covenant, before, CovenantAction.UPDATE, null);
    }

    @Transactional
    public Versioned<CovenantView> sign(String clusterCode, int year, String ifMatch, CovenantSigning input) {
        Covenant covenant = workflow.open(get(clusterCode, year), ifMatch, CovenantAction.SIGN,
                c -> access.requireClusterLead(c.cluster, year, "record the signing of its covenant"));
        Before<CovenantView, CovenantStatus> before = workflow.before(covenant);
        Map<Long, Province> members = Membership.<Membership>list("cluster = ?1 and year = ?2", covenant.cluster, year)
                .stream().collect(Collectors.toMap(m -> m.province.id, m -> m.province));
        Province host = provinces.unitDuring(input.hostProvinceCode(), year, "hostProvinceCode");
        if (!members.containsKey(host.id)) {
            throw ApiException.unprocessable("hostProvinceCode", host.label() + " is not a member of cluster "
                    + covenant.cluster.code + " in " + year);
        }
        if (input.signedOn().getYear() < year - 1 || input.signedOn().getYear() > year) {
            throw ApiException.unprocessable("signedOn", "the covenant for " + year + " is signed early in " + year
                    + " (or late in " + (year - 1) + ")");
        }
        Set<Long> signed = new HashSet<>();
        for (int i = 0; i < input.signatories().size(); i++) {
            CovenantSigning.Signatory s = input.signatories().get(i);
            String at = "signatories[" + i + "].provinceCode";
            Province province = provinces.unitDuring(s.provinceCode(), year, at);
            if (!members.containsKey(province.id)) {
                throw ApiException.unprocessable(at, province.label() + " is not a member of cluster " + covenant.cluster.code
                        + " in " + year);
            }
            if (!signed.add(province.id)) {
                throw ApiException.unprocessable(at, province.label() + " signs once");
            }
            CovenantSignatory signatory = new CovenantSignatory();
            signatory.province = province;
            signatory.name = s.name().strip();
            signatory.title = s.title().strip();
            covenant.signatories.add(signatory);
        }
        String missing = members.values().stream().filter(p -> !signed.contains(p.id)).map(Province::label).sorted()
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable("signatories", "every member signs; missing: " + missing);
        }
        // The signatories are written while the covenant is a draft; signed, it refuses them.
        Covenant.flush();
        covenant.status = CovenantStatus.SIGNED;
        covenant.signedOn = input.signedOn();
        covenant.place = input.place().strip();
        covenant.hostProvince = host;
        return workflow.commit(covenant, before, CovenantAction.SIGN, blankToNull(input.note()));
    }

    @Transactional
    public Versioned<CovenantView> amend(String clusterCode, int year, String ifMatch, CovenantAmendment input) {
        Covenant covenant = workflow.open(get(clusterCode, year), ifMatch, CovenantAction.AMEND,
                c -> access.requireClusterLead(c.cluster, year, "amend its covenant"));
        Before<CovenantView, CovenantStatus> before = workflow.before(covenant);
        covenant.revision++;
        covenant.updatedAt = OffsetDateTime.now();
        // The new revision number is written before its items: the database takes items of the revision in force only.
        Covenant.flush();
        writeItems(covenant, covenant.revision, input.items());
        return workflow.commit(covenant, before, CovenantAction.AMEND, input.reason().strip());
    }

    private Covenant get(String clusterCode, int year) {
        Cluster cluster = clusters.get(clusterCode);
        return Covenant.<Covenant>find("cluster = ?1 and year = ?2", cluster, year).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Cluster " + cluster.code + " has no covenant for " + year + "."));
    }

    /** Writes the items of a revision, each target checked against its indicator (422 naming the item). */
    private void writeItems(Covenant covenant, int revision, List<CovenantItemInput> inputs) {
        Map<String, Indicator> catalog = indicators.byCode();
        for (int i = 0; i < inputs.size(); i++) {
            CovenantItemInput input = inputs.get(i);
            CovenantItem item = new CovenantItem();
            item.covenant = covenant;
            item.revision = revision;
            item.position = i;
            item.text = input.text().strip();
            if (input.indicatorCode() != null) {
                item.indicator = catalog.get(input.indicatorCode());
                if (item.indicator == null) {
                    throw ApiException.unprocessable("items[" + i + "].indicatorCode", "no indicator has code "
                            + input.indicatorCode() + "; GET /api/v1/indicators lists them");
                }
            }
            if (input.targetValue() != null) {
                if (item.indicator == null) {
                    throw ApiException.unprocessable("items[" + i + "].targetValue", "a target value needs its indicatorCode");
                }
                checkTarget(item.indicator, input, "items[" + i + "].targetValue");
                item.targetValue = input.targetValue();
            }
            item.persist();
        }
    }

    private static void checkTarget(Indicator indicator, CovenantItemInput input, String field) {
        var value = input.targetValue();
        if (indicator.valueType == ValueType.INTEGER && value.stripTrailingZeros().scale() > 0) {
            throw ApiException.unprocessable(field, indicator.code + " counts in whole " + indicator.unit);
        }
        if ((indicator.minValue != null && value.compareTo(indicator.minValue) < 0)
                || (indicator.maxValue != null && value.compareTo(indicator.maxValue) > 0)) {
            throw ApiException.unprocessable(field, indicator.code + " lies between "
                    + (indicator.minValue == null ? "-∞" : indicator.minValue.stripTrailingZeros().toPlainString()) + " and "
                    + (indicator.maxValue == null ? "∞" : indicator.maxValue.stripTrailingZeros().toPlainString()) + " "
                    + indicator.unit);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
