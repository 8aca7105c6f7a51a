package vn.thidua.membership;

import jakarta.annotation.security.RolesAllowed;
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
import vn.thidua.province.ProvinceResource;
import vn.thidua.province.ProvinceService;

/** A unit's memberships over the years: a sub-resource of the province, answered by the feature that owns memberships. */
@Path("/api/v1/provinces")
@Tag(name = "Provinces")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ProvinceMembershipsResource {

    private final MembershipService memberships;
    private final ProvinceService provinces;

    public ProvinceMembershipsResource(MembershipService memberships, ProvinceService provinces) {
        this.memberships = memberships;
        this.provinces = provinces;
    }

    @GET
    @Path("/{code}/memberships")
    @Operation(operationId = "listProvinceMemberships", summary = "Read a unit's cluster memberships over the years")
    @APIResponse(responseCode = "200", description = "One page of memberships.",
            content = @Content(schema = @Schema(implementation = MembershipView.Page.class)))
    public PageView<MembershipView> memberships(
            @Parameter(description = "Two-digit code.", example = "34") @PathParam("code") String code,
            @Parameter(description = ProvinceResource.AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf,
            @BeanParam PageRequest page) {
        return memberships.historyOf(provinces.get(code, asOf), page);
    }
}
