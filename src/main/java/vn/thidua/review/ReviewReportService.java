package vn.thidua.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.award.AwardStatisticsService;
import vn.thidua.cluster.ClusterService;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.membership.MembershipService;
import vn.thidua.movement.MovementService;
import vn.thidua.province.Province;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.ReportView;
import vn.thidua.statistics.ClusterSummaryView;
import vn.thidua.statistics.Inclusion;
import vn.thidua.statistics.RankingView;
import vn.thidua.statistics.StatisticsService;

/**
 * Compiles the review report from the same service calls that answer the summary, rankings, reports,
 * movements and award statistics in JSON: a caller finds in the document exactly what those show them.
 */
@ApplicationScoped
public class ReviewReportService {

    private final StatisticsService statistics;
    private final ClusterService clusters;
    private final MembershipService memberships;
    private final ReportService reports;
    private final MovementService movements;
    private final AwardStatisticsService awards;

    public ReviewReportService(StatisticsService statistics, ClusterService clusters, MembershipService memberships,
                               ReportService reports, MovementService movements, AwardStatisticsService awards) {
        this.statistics = statistics;
        this.clusters = clusters;
        this.memberships = memberships;
        this.reports = reports;
        this.movements = movements;
        this.awards = awards;
    }

    @Transactional
    public ReviewReport compile(String clusterCode, String period, Inclusion include) {
        ClusterSummaryView summary = statistics.summary(clusterCode, period, include);
        int year = Integer.parseInt(summary.period().substring(0, 4));
        Optional<Province> head = memberships.headOf(clusters.get(clusterCode), year);
        List<RankingView> rankings = summary.indicators().stream()
                .filter(line -> line.reportCount() > 0)
                .map(line -> statistics.ranking(clusterCode, period, line.indicatorCode(), include))
                .toList();
        List<ReportView> counted = new ArrayList<>();
        for (ReportStatus status : summary.countedStatuses()) {
            all(page -> reports.list(clusterCode, null, period, status, page)).forEach(counted::add);
        }
        return new ReviewReport(summary, head.map(p -> p.name).orElse(null), head.map(p -> p.type).orElse(null),
                rankings, all(page -> movements.list(year, page)), counted,
                awards.compute("awardType", clusterCode, year, null, null));
    }

    /** Every item of a paged collection (a cluster's reports and a year's movements are a few pages at most). */
    private static <T> List<T> all(Function<PageRequest, PageView<T>> pages) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageView<T> view = pages.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            items.addAll(view.items);
            if (view.items.isEmpty() || items.size() >= view.total) {
                return items;
            }
        }
    }
}
