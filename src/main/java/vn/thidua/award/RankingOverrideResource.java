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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.access.AccessPolicy;
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
    @Operation(operationId = "overrideFlagRanking", summary = "Let a flag nominee go ahead against the ranking",
            description = "The Government Emulation Flag of a cluster follows its ranking of the year: once the cluster has "
                    + "confirmed scorecards for the year (GET /api/v1/clusters/{code}/scores/{year}), submitting a flag "
                    + "nomination and endorsing it by the vote are refused (409) unless its nominee's province ranks first "
                    + "alone. Clusters without confirmed scores for the year are not restricted, nor is any other award "
                    + "(the Prime Minister's Certificate of Merit included). Central staff only may let a nomination go "
                    + "ahead against the ranking, with the reason, before the cluster votes (DRAFT, SUBMITTED or RETURNED; "
                    + "409 otherwise): the reason is kept on the recommendation (rankingOverride) and as an OVERRIDE step "
                    + "of its history. The status does not change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OverrideRequest.class),
            examples = @ExampleObject(name = "The cluster agreed on its second", value = """
                    {"reason": "Tỉnh xếp thứ nhất đã được tặng Cờ thi đua của Chính phủ ba năm liền; Cụm thống nhất đề nghị tỉnh xếp thứ hai."}""")))
    @APIResponse(responseCode = "200", description = "The recommendation with the override recorded.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Overridden", value = """
                            {"id": 7, "clusterCode": "DBSH", "year": 2023,
                             "awardType": {"code": "GOV_EMULATION_FLAG", "name": "Cờ thi đua của Chính phủ"},
                             "kind": "MERIT", "nomineeKind": "COLLECTIVE", "nomineeName": "Tỉnh Thái Bình",
                             "nomineeProvince": {"id": 22, "code": "34", "name": "Thái Bình", "validTo": "2025-06-30"},
                             "directWorker": false,
                             "proposingProvince": {"id": 22, "code": "34", "name": "Thái Bình", "validTo": "2025-06-30"},
                             "achievements": "Hoàn thành xuất sắc các chỉ tiêu thi đua năm 2023.", "status": "DRAFT",
                             "rankingOverride": "Tỉnh xếp thứ nhất đã được tặng Cờ thi đua của Chính phủ ba năm liền; Cụm thống nhất đề nghị tỉnh xếp thứ hai.",
                             "allowedActions": ["submit", "withdraw"],
                             "createdAt": "2024-01-15T09:30:00+07:00", "updatedAt": "2024-01-18T08:00:00+07:00"}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = "Not a Government Emulation Flag nomination, or the cluster has voted on it.")
    @APIResponse(responseCode = "422", description = "No reason given, or it is too long.")
    public Response override(
            @Parameter(description = "Recommendation id.", example = "7") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OverrideRequest input) {
        return recommendations.overrideRanking(id, ifMatch, input).ok();
    }
}
