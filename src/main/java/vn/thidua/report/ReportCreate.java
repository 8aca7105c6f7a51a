package vn.thidua.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportCreate", description = "A new draft report of a member province to its cluster for a period.")
public record ReportCreate(
        @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,19}$", message = "must be a cluster code, e.g. \"DBSH\"")
        @Schema(description = "Code of the cluster reported to.", example = "DBSH", required = true)
        String clusterCode,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"34\"")
        @Schema(description = "Code of the reporting province, a member of the cluster that year. A province officer "
                + "may only name their own province.", example = "35", required = true)
        String provinceCode,
        @NotNull @Pattern(regexp = Period.PATTERN, message = "must be a period such as \"2023-H1\" or \"2023-FY\"")
        @Schema(description = Period.DESCRIPTION + " It must have started: both start on 1 January of their year.",
                example = "2023-H1", pattern = Period.PATTERN, required = true)
        String period,
        @Size(max = 100)
        @Schema(description = "Indicator values, each indicator at most once; leave out or empty for none yet.")
        List<@Valid @NotNull ReportValueInput> values,
        @Size(max = 10000)
        @Schema(description = "Results of the emulation movements.",
                example = "Phong trào “Cả nước chung sức xây dựng nông thôn mới” tiếp tục được triển khai sâu rộng.")
        String movementResults,
        @Size(max = 10000)
        @Schema(description = "Emulation and commendation work: awards given, ad hoc awards, the share for direct workers.", example = "Khen thưởng 412 tập thể, cá nhân; 58 trường hợp đột xuất; 41% là người lao động trực tiếp.")
        String commendationWork,
        @Size(max = 10000)
        @Schema(description = "Limitations.",
                example = "Việc phát hiện, nhân rộng điển hình tiên tiến có nơi còn chậm.")
        String limitations,
        @Size(max = 10000)
        @Schema(description = "Tasks for the next period.",
                example = "Tổ chức tổng kết phong trào thi đua năm 2023, đề xuất khen thưởng kịp thời.")
        String nextTasks) {
}
