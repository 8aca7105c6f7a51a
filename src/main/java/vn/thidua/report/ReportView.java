package vn.thidua.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;
import vn.thidua.common.Numbers;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "Report", description = "A member province's report to its cluster for a period.")
public record ReportView(
        @Schema(description = "Server-made identity of the report.", example = "41", required = true)
        long id,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The reporting province.", required = true)
        ProvinceRef province,
        @Schema(description = Period.DESCRIPTION, example = "2023-H1", required = true)
        String period,
        @Schema(required = true)
        ReportStatus status,
        @Schema(description = "Indicator values, in the catalog's order.", required = true)
        List<ReportValueView> values,
        @Schema(description = "Results of the emulation movements (kết quả các phong trào thi đua).",
                example = "Phong trào \"Cả nước chung sức xây dựng nông thôn mới\" tiếp tục được đẩy mạnh.")
        String movementResults,
        @Schema(description = "Emulation and commendation work: awards, ad-hoc awards, awards to direct workers "
                + "(công tác thi đua, khen thưởng).",
                example = "Khen thưởng 1.250 tập thể, cá nhân; 86 khen thưởng đột xuất; 41% cho người lao động trực tiếp.")
        String commendationWork,
        @Schema(description = "Limitations (hạn chế).", example = "Giải ngân vốn đầu tư công còn chậm.")
        String limitations,
        @Schema(description = "Tasks for the next period (nhiệm vụ kỳ tới).",
                example = "Tổ chức tốt hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
        String nextTasks,
        @Schema(description = "Why the report was returned; present while it is RETURNED, until submitted again.",
                example = "Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm.")
        String returnReason,
        @Schema(description = "The actions the report's state allows now (update is PUT); who may do them is in each "
                + "operation's description.", example = "[\"update\", \"submit\"]", required = true)
        List<String> allowedActions,
        @Schema(description = "When the report was created.", example = "2023-07-10T02:15:00Z", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When the report last changed.", example = "2023-07-18T08:30:00Z", required = true)
        OffsetDateTime updatedAt) {

    public static ReportView of(Report r) {
        List<ReportValueView> values = r.values.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().sortOrder))
                .map(e -> new ReportValueView(e.getKey().code, e.getKey().unit, Numbers.plain(e.getValue())))
                .toList();
        return new ReportView(r.id, r.cluster.code, ProvinceRef.of(r.province), r.period().toString(), r.status, values,
                r.movementResults, r.commendationWork, r.limitations, r.nextTasks, r.returnReason,
                r.status.allowedActions(), r.createdAt, r.updatedAt);
    }

    @Schema(name = "ReportValue", description = "One indicator's value in a report.")
    public record ReportValueView(
            @Schema(description = "Indicator code.", example = "BUDGET_REVENUE", required = true)
            String indicatorCode,
            @Schema(description = "The indicator's unit.", example = "tỷ đồng", required = true)
            String unit,
            @Schema(description = "The value.", example = "8200", required = true)
            BigDecimal value) {
    }

    /** Names the page schema in the contract. */
    @Schema(name = "ReportPage", description = "One page of reports.")
    public static final class Page extends PageView<ReportView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
