package vn.thidua.award;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "AwardType", description = "A form of commendation or emulation title of the catalog.")
public record AwardTypeView(
        @Schema(description = "Stable code that addresses the award type.", example = "GOV_EMULATION_FLAG", required = true)
        String code,
        @Schema(description = "Vietnamese name.", example = "Cờ thi đua của Chính phủ", required = true)
        String name,
        @Schema(required = true)
        AwardCategory category,
        @Schema(description = "Who it can go to.", example = "[\"COLLECTIVE\"]", required = true)
        List<NomineeKind> recipients,
        @Schema(required = true)
        DecidedBy decidedBy,
        @Schema(description = "Conditions, legal basis, remarks.",
                example = "Yearly; among others to the leading collective of each cluster or bloc organised by the "
                        + "Central Emulation and Commendation Council (Law 06/2022/QH15 Art. 25)")
        String notes) {

    public static AwardTypeView of(AwardType type) {
        return new AwardTypeView(type.code, type.name, type.category, type.recipients(), type.decidedBy, type.notes);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "AwardTypePage", description = "One page of award types.")
    public static final class Page extends PageView<AwardTypeView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }

    @Schema(name = "AwardTypeRef", description = "A short reference to an award type.")
    public record AwardTypeRef(
            @Schema(description = "Code of the award type.", example = "GOV_EMULATION_FLAG", required = true)
            String code,
            @Schema(description = "Vietnamese name.", example = "Cờ thi đua của Chính phủ", required = true)
            String name) {

        public static AwardTypeRef of(AwardType type) {
            return new AwardTypeRef(type.code, type.name);
        }
    }
}
