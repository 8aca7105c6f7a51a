package vn.thidua.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Roles;

/**
 * The central override of the rule that the Government Emulation Flag follows the ranking: an operation of its own,
 * beside the recommendation's workflow (it changes no status).
 */
@Path("/api/v1/award-recommendations/{id}/override")
@Tag(name = "Award recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingOverrideResource {

    private final AwardRecommendationService recommendations;

    public RankingOverrideResource(AwardRecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @POST
    @RolesAllowed(Roles.CENTRAL)
    @Operation(operationId = "overrideFlagRanking", summary = "Let a flag nominee go ahead against the ranking")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OverrideRequest.class)))
    @APIResponse(responseCode = "200", description = "The recommendation with the override recorded.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response override(
            @Parameter(description = "Recommendation id.", example = "7") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OverrideRequest input) {
        return recommendations.overrideRanking(id, ifMatch, input).ok();
    }
}
