package vn.thidua.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportUpdate", description = "A report's values and narrative; PUT replaces them all "
        + "(a value left out is removed).")
public record ReportUpdate(
        @NotNull @Size(max = 100)
        @Schema(description = "All indicator values, each indicator at most once; [] for none.", required = true)
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
