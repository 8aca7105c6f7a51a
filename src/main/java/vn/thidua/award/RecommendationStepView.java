package vn.thidua.award;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "RecommendationHistoryEntry", description = "One action taken on a recommendation.")
public record RecommendationStepView(
        @Schema(required = true)
        RecommendationAction action,
        @Schema(description = "The status before; absent for CREATE.")
        RecommendationStatus fromStatus,
        @Schema(description = "The status after.", required = true)
        RecommendationStatus toStatus,
        @Schema(description = "Who took the action.", required = true)
        Actor actor,
        @Schema(description = "When.", example = "2024-03-20T10:15:00+07:00", required = true)
        OffsetDateTime at,
        @Schema(description = "The note, reason or vote given with the action.", example = "Biểu quyết tại Hội nghị tổng kết Cụm: 9 có mặt, 8 đồng ý.")
        String note) {

    public static RecommendationStepView of(RecommendationStep h) {
        return new RecommendationStepView(h.action, h.fromStatus, h.toStatus,
                new Actor(h.actorSubject, h.actorRole, h.actorProvinceCode), h.at, h.note);
    }

    @Schema(name = "RecommendationActor", description = "Who took an action, from their token.")
    public record Actor(
            @Schema(description = "The token's subject.", example = "bantdkt.thaibinh", required = true)
            String subject,
            @Schema(description = "The role they acted in.", example = "province", required = true)
            String role,
            @Schema(description = "For a province officer, the province code.", example = "34")
            String provinceCode) {
    }

    /** Names the page schema in the contract. */
    @Schema(name = "RecommendationHistoryPage", description = "One page of a recommendation's history, oldest first.")
    public static final class Page extends PageView<RecommendationStepView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
