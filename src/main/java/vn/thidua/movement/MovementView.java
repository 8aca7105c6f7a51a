package vn.thidua.movement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "Movement", description = "An emulation movement (phong trào thi đua).")
public record MovementView(
        @Schema(description = "Stable code that addresses the movement.", example = "NONG-THON-MOI", required = true)
        String code,
        @Schema(description = "Vietnamese name.", example = "Cả nước chung sức xây dựng nông thôn mới", required = true)
        String name,
        @Schema(description = "First year, where known.", example = "2021")
        Integer startYear,
        @Schema(description = "Last year; absent while it runs or where unknown.", example = "2025")
        Integer endYear,
        @Schema(description = "What it is about, who launched it.",
                example = "Phong trào thi đua do Thủ tướng Chính phủ phát động.")
        String description) {

    public static MovementView of(Movement movement) {
        return new MovementView(movement.code, movement.name, movement.startYear, movement.endYear, movement.description);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "MovementPage", description = "One page of movements.")
    public static final class Page extends PageView<MovementView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }

    @Schema(name = "MovementRef", description = "A short reference to a movement.")
    public record MovementRef(
            @Schema(description = "Code of the movement.", example = "NONG-THON-MOI", required = true)
            String code,
            @Schema(description = "Vietnamese name.", example = "Cả nước chung sức xây dựng nông thôn mới", required = true)
            String name) {

        public static MovementRef of(Movement movement) {
            return movement == null ? null : new MovementRef(movement.code, movement.name);
        }
    }
}
