package vn.thidua.report;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import vn.thidua.access.AccessPolicy;
import vn.thidua.cluster.Cluster;
import vn.thidua.common.ApiException;
import vn.thidua.common.Filters;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Today;
import vn.thidua.common.Versioned;
import vn.thidua.membership.MembershipService;
import vn.thidua.province.Province;
import vn.thidua.province.ProvinceService;
import vn.thidua.workflow.Workflow.Before;

/**
 * Members' reports and their workflow: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with a reason)
 * and submitted again. A province officer writes and submits their own province's reports; the
 * officer of the cluster's head province that year accepts or returns them; central staff may do
 * everything. One report per member and period is a unique key in the database.
 */
@ApplicationScoped
public class ReportService {

    private static final String ORDER = "r.year desc, case r.periodKind when 'FY' then 0 else 1 end, "
            + "r.cluster.code, r.province.code, r.id";

    private final Today today;
    private final ProvinceService provinces;
    private final MembershipService memberships;
    private final ReportValues values;
    private final AccessPolicy access;
    private final ReportWorkflow workflow;

    public ReportService(Today today, ProvinceService provinces, MembershipService memberships, ReportValues values,
                         AccessPolicy access, ReportWorkflow workflow) {
        this.access = access;
        this.workflow = workflow;
        this.today = today;
        this.provinces = provinces;
        this.memberships = memberships;
        this.values = values;
    }

    /** Reports matching the filters; a province officer sees other provinces' reports once they were submitted. */
    @Transactional
    public PageView<ReportView> list(String clusterCode, String provinceCode, String period, ReportStatus status,
                                     PageRequest page) {
        Period p = period == null ? null : Period.ofParameter(period, "period");
        Filters filters = new Filters()
                .and("r.cluster.code = :cluster", "cluster", clusterCode)
                .and("r.province.code = :province", "province", provinceCode)
                .and("r.year = :year", "year", p == null ? null : p.year())
                .and("r.periodKind = :kind", "kind", p == null ? null : p.kind())
                .and("r.status = :status", "status", status);
        access.unsubmittedWorkVisibleOnlyOf()
                .ifPresent(own -> filters.and("(r.submittedAt is not null or r.province.id in :own)", "own", own));
        return PageView.of(Report.class, filters.from("from Report r"), ORDER, filters.parameters(), page,
                rows -> rows.stream().map(ReportView::of).toList());
    }

    @Transactional
    public Versioned<ReportView> read(long id) {
        return workflow.versioned(readable(id));
    }

    @Transactional
    public PageView<ReportStepView> history(long id, PageRequest page) {
        Report report = readable(id);
        return PageView.of(ReportStep.class, "from ReportStep where report = :report", "at, id",
                Parameters.with("report", report), page, rows -> rows.stream().map(ReportStepView::of).toList());
    }

    @Transactional
    public Versioned<ReportView> create(ReportCreate input) {
        Period period = Period.ofField(input.period(), "period");
        if (period.start().isAfter(today.date())) {
            throw ApiException.unprocessable("period", "the period " + period + " has not started; a report for it "
                    + "can be created from " + period.start());
        }
        Cluster cluster = Cluster.findByCode(input.clusterCode()).orElseThrow(() ->
                ApiException.unprocessable("clusterCode", "no cluster has code " + input.clusterCode()));
        Province province = provinces.unitDuring(input.provinceCode(), period.year(), "provinceCode");
        access.requireOwner(province, "create its reports");
        if (memberships.roleOf(cluster, province, period.year()).isEmpty()) {
            throw ApiException.unprocessable("provinceCode", province.label() + " is not a member of cluster "
                    + cluster.code + " in " + period.year());
        }
        Report report = new Report();
        report.cluster = cluster;
        report.province = province;
        report.year = period.year();
        report.periodKind = period.kind();
        report.status = ReportStatus.DRAFT;
        report.values.putAll(values.check(input.values()));
        report.movementResults = input.movementResults();
        report.commendationWork = input.commendationWork();
        report.limitations = input.limitations();
        report.nextTasks = input.nextTasks();
        report.createdAt = OffsetDateTime.now();
        report.updatedAt = report.createdAt;
        report.persist();
        return workflow.commit(report, null, ReportAction.CREATE, null);
    }

    @Transactional
    public Versioned<ReportView> update(long id, String ifMatch, ReportUpdate input) {
        Report report = workflow.open(readable(id), ifMatch, ReportAction.UPDATE, this::requireReporter);
        Before<ReportView, ReportStatus> before = workflow.before(report);
        report.values.clear();
        report.values.putAll(values.check(input.values()));
        report.movementResults = input.movementResults();
        report.commendationWork = input.commendationWork();
        report.limitations = input.limitations();
        report.nextTasks = input.nextTasks();
        return workflow.commit(report, before, ReportAction.UPDATE, null);
    }

    @Transactional
    public Versioned<ReportView> submit(long id, String ifMatch, ReportActionInput input) {
        Report report = workflow.open(readable(id), ifMatch, ReportAction.SUBMIT, this::requireReporter);
        Before<ReportView, ReportStatus> before = workflow.before(report);
        report.status = ReportStatus.SUBMITTED;
        report.returnReason = null;
        return workflow.commit(report, before, ReportAction.SUBMIT, note(input));
    }

    @Transactional
    public Versioned<ReportView> accept(long id, String ifMatch, ReportActionInput input) {
        Report report = workflow.open(readable(id), ifMatch, ReportAction.ACCEPT, this::requireClusterDecision);
        Before<ReportView, ReportStatus> before = workflow.before(report);
        report.status = ReportStatus.ACCEPTED;
        return workflow.commit(report, before, ReportAction.ACCEPT, note(input));
    }

    @Transactional
    public Versioned<ReportView> returnToProvince(long id, String ifMatch, ReportActionInput input) {
        Report report = workflow.open(readable(id), ifMatch, ReportAction.RETURN, this::requireClusterDecision);
        Before<ReportView, ReportStatus> before = workflow.before(report);
        String reason = note(input);
        if (reason == null) {
            throw ApiException.unprocessable("note", "give the reason for returning the report; the province reads it");
        }
        report.status = ReportStatus.RETURNED;
        report.returnReason = reason;
        return workflow.commit(report, before, ReportAction.RETURN, reason);
    }

    /** The report, if the caller may see it; a report they may not see is answered as one that does not exist. */
    private Report readable(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No report has id " + id + ".");
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(notFound);
        access.requireVisible(report.province, report.submittedAt != null, notFound);
        return report;
    }

    private void requireReporter(Report report) {
        access.requireOwner(report.province, "write or submit its reports");
    }

    private void requireClusterDecision(Report report) {
        access.requireClusterDecision(report.cluster, report.year, report.province, "accept or return its members' reports");
    }


    private static String note(ReportActionInput input) {
        return input == null || input.note() == null || input.note().isBlank() ? null : input.note().strip();
    }
}
