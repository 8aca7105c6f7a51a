package vn.thidua.review;

import java.util.List;
import vn.thidua.award.AwardStatisticsView;
import vn.thidua.movement.MovementView;
import vn.thidua.province.ProvinceType;
import vn.thidua.report.ReportView;
import vn.thidua.statistics.ClusterSummaryView;
import vn.thidua.statistics.RankingView;

/**
 * Everything the cluster's review report (báo cáo sơ kết / tổng kết) says, as the services answer it to the
 * caller: the summary, a ranking per indicator that counted reports give, the movements of the year, the
 * counted reports (for their narratives) and the award statistics of the cluster's year.
 *
 * @param headProvince the province heading the cluster that year (cụm trưởng), null if none is named
 * @param headType     whether the head is a province or a centrally-run city, null if none is named
 */
public record ReviewReport(ClusterSummaryView summary, String headProvince, ProvinceType headType,
                           List<RankingView> rankings, List<MovementView> movements, List<ReportView> reports,
                           AwardStatisticsView awards) {

    public int year() {
        return Integer.parseInt(summary.period().substring(0, 4));
    }

    public boolean midYear() {
        return summary.period().endsWith("H1");
    }

    public String fileName() {
        return summary.clusterCode() + "-" + summary.period() + "-review";
    }
}
