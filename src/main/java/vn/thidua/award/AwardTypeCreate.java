package vn.thidua.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardTypeCreate", description = "A new award type for the catalog.")
public record AwardTypeCreate(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be 2 to 40 capital letters, digits or '_'")
        @Schema(description = "Stable code; it addresses the award type and cannot change.", example = "LABOUR_ORDER_3", required = true)
        String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Vietnamese name.", example = "Huân chương Lao động hạng Ba", required = true)
        String name,
        @NotNull
        @Schema(required = true)
        AwardCategory category,
        @NotEmpty
        @Schema(description = "Who it can go to; at least one.", example = "[\"INDIVIDUAL\", \"COLLECTIVE\"]",
                minItems = 1, maxItems = 3, required = true)
        Set<@NotNull NomineeKind> recipients,
        @NotNull
        @Schema(required = true)
        DecidedBy decidedBy,
        @Size(max = 2000)
        @Schema(description = "Conditions, legal basis, remarks.",
                example = "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 41")
        String notes) {
}
