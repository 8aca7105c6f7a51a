package vn.thidua.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/clusters/{code}/scoring-schemes")
@Tag(name = "Scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ScoringSchemeResource {

    private final ScoringSchemeService schemes;
    private final Idempotency idempotency;

    public ScoringSchemeResource(ScoringSchemeService schemes, Idempotency idempotency) {
        this.schemes = schemes;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listScoringSchemes", summary = "List a cluster's scoring schemes")
    @APIResponse(responseCode = "200", description = "One page of schemes.", content = @Content(
            schema = @Schema(implementation = ScoringSchemeView.Page.class)))
    public PageView<ScoringSchemeView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return schemes.list(code, page);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getScoringScheme", summary = "Read a cluster's scoring scheme for a year")
    @APIResponse(responseCode = "200", description = "The scheme.",
            content = @Content(schema = @Schema(implementation = ScoringSchemeView.class)))
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year) {
        return schemes.read(code, year).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createScoringScheme", summary = "Write a cluster's scoring scheme for a year")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoringSchemeCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the scheme.",
            content = @Content(schema = @Schema(implementation = ScoringSchemeView.class)))
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ScoringSchemeCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createScoringScheme", List.of(code, body), () -> schemes.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.year())).build(),
                view -> schemes.read(code, view.path("year").asInt()));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "replaceScoringScheme", summary = "Replace a scoring scheme until a scorecard is submitted")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoringSchemeUpdate.class)))
    @APIResponse(responseCode = "200", description = "The replaced scheme.",
            content = @Content(schema = @Schema(implementation = ScoringSchemeView.class)))
    public Response replace(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScoringSchemeUpdate body) {
        return schemes.replace(code, year, ifMatch, body).ok();
    }
}
