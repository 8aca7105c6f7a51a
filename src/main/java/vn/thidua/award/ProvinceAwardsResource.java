package vn.thidua.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

/** A province's award record: a sub-resource of the province, served by the awards feature. */
@Path("/api/v1/provinces/{code}/awards")
@Tag(name = "Award recommendations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ProvinceAwardsResource {

    private final AwardRecommendationService recommendations;

    public ProvinceAwardsResource(AwardRecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Operation(operationId = "listProvinceAwards", summary = "Read a province's award record")
    @APIResponse(responseCode = "200", description = "One page of approved recommendations.", content = @Content(
            schema = @Schema(implementation = AwardRecommendationView.Page.class)))
    public PageView<AwardRecommendationView> list(
            @Parameter(description = "Two-digit province code.", example = "36") @PathParam("code") String code,
            @Parameter(description = "The day on which the code is read (YYYY-MM-DD); default today.", example = "2023-07-26")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only awards for this emulation year.", example = "2023")
            @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @BeanParam PageRequest page) {
        return recommendations.awardsOf(code, asOf, year, page);
    }
}
