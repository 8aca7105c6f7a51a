package vn.thidua.province;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "Province", description = "A provincial-level unit for the period it existed.")
public record ProvinceView(
        @Schema(description = "Server-made identity of the unit; unlike the code, it never names another unit.",
                example = "35", required = true)
        long id,
        @Schema(description = "Two-digit code (Decision 124/2004/QĐ-TTg; from 2025-07-01 Decision 19/2025/QĐ-TTg). "
                + "Unique only among units valid at the same time.", example = "34", required = true)
        String code,
        @Schema(description = "Short name.", example = "Thái Bình", required = true)
        String name,
        @Schema(description = "Full name.", example = "Tỉnh Thái Bình", required = true)
        String fullName,
        @Schema(required = true)
        ProvinceType type,
        @Schema(description = "First day of the unit; absent for units existing since the 2004 code list.",
                example = "2025-07-01")
        LocalDate validFrom,
        @Schema(description = "Last day of the unit; absent while it exists.", example = "2025-06-30")
        LocalDate validTo,
        @Schema(description = "The unit that took this one over, when it was merged or renamed.")
        ProvinceRef successor,
        @Schema(description = "The units this one took over.", required = true)
        List<ProvinceRef> predecessors) {

    /** Names the page schema in the contract. */
    @Schema(name = "ProvincePage", description = "One page of provincial-level units.")
    public static final class Page extends PageView<ProvinceView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }

    @Schema(name = "ProvinceRef", description = "A short reference to a provincial-level unit.")
    public record ProvinceRef(
            @Schema(description = "Server-made identity of the unit.", example = "33", required = true)
            long id,
            @Schema(description = "Two-digit code.", example = "33", required = true)
            String code,
            @Schema(description = "Short name.", example = "Hưng Yên", required = true)
            String name,
            @Schema(description = "First day of the unit.", example = "2025-07-01")
            LocalDate validFrom,
            @Schema(description = "Last day of the unit.")
            LocalDate validTo) {

        public static ProvinceRef of(Province p) {
            return new ProvinceRef(p.id, p.code, p.name, p.validFrom, p.validTo);
        }
    }
}
