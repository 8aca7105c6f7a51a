package vn.thidua.membership;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipPatch", description = "A JSON merge patch of a membership: only the role can change.")
public record MembershipPatch(
        @NotNull
        @Schema(description = "The new role.", required = true)
        MembershipRole role) {
}
