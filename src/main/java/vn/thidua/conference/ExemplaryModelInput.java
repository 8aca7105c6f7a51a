package vn.thidua.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExemplaryModelInput", description = "An exemplary model as recorded (POST) or replaced (PUT, If-Match).")
public record ExemplaryModelInput(
        @NotBlank @Size(max = 300)
        @Schema(description = "Name of the person, collective, household or company.", example = "Công ty TNHH FrieslandCampina Hà Nam",
                required = true)
        String name,
        @NotNull
        @Schema(required = true)
        ExemplaryModelKind kind,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"35\"")
        @Schema(description = "Code of its province in fromYear (the unit of that time: 35 is Hà Nam in 2023).",
                example = "35", required = true)
        String provinceCode,
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$", message = "must be a movement code, e.g. \"NONG-THON-MOI\"")
        @Schema(description = "Code of the movement it is an example of (GET /api/v1/movements).", example = "NONG-THON-MOI")
        String movementCode,
        @NotNull @Min(1945) @Max(2100)
        @Schema(description = "First year it was held up as an example.", example = "2021", required = true)
        Integer fromYear,
        @Min(1945) @Max(2100)
        @Schema(description = "Last year; absent while it still is one.", example = "2025")
        Integer toYear,
        @NotBlank @Size(max = 4000)
        @Schema(description = "What makes it exemplary.", required = true,
                example = "Doanh nghiệp tiêu biểu trong liên kết sản xuất sữa với nông dân, góp phần xây dựng nông thôn mới.")
        String achievements) {
}
