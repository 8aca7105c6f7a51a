package vn.thidua.covenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CovenantCreate", description = "A cluster's covenant for a year, drafted.")
public record CovenantCreate(
        @NotNull @Min(1945) @Max(2100)
        @Schema(description = "The emulation year.", example = "2023", required = true)
        Integer year,
        @NotBlank @Size(max = 300)
        @Schema(description = "The covenant's title.", example = "Giao ước thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng",
                required = true)
        String title,
        @NotEmpty @Size(max = 50)
        @Schema(description = "The emulation items, in order.", required = true)
        List<@NotNull @Valid CovenantItemInput> items) {
}
