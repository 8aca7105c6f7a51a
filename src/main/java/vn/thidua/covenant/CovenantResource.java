package vn.thidua.covenant;

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
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/clusters/{code}/covenants")
@Tag(name = "Covenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class CovenantResource {

    private static final String YEAR = "The emulation year.";

    private final CovenantService covenants;
    private final Idempotency idempotency;

    public CovenantResource(CovenantService covenants, Idempotency idempotency) {
        this.covenants = covenants;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listCovenants", summary = "List a cluster's covenants")
    @APIResponse(responseCode = "200", description = "One page of covenants.", content = @Content(
            schema = @Schema(implementation = CovenantView.Page.class)))
    public PageView<CovenantView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return covenants.list(code, page);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCovenant", summary = "Read a cluster's covenant for a year")
    @APIResponse(responseCode = "200", description = "The covenant.",
            content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @Parameter(description = "The revision of the items to show; default the one in force.", example = "0")
            @QueryParam("revision") @Min(0) @Max(1000) Integer revision) {
        return covenants.read(code, year, revision).ok();
    }

    @GET
    @Path("/{year}/history")
    @Operation(operationId = "listCovenantHistory", summary = "Read a covenant's history")
    @APIResponse(responseCode = "200", description = "One page of the history.", content = @Content(
            schema = @Schema(implementation = CovenantStepView.Page.class)))
    public PageView<CovenantStepView> history(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @BeanParam PageRequest page) {
        return covenants.history(code, year, page);
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createCovenant", summary = "Draft a cluster's covenant for a year")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantCreate.class)))
    @APIResponse(responseCode = "201", description = "Drafted; Location points at the covenant.",
            content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CovenantCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createCovenant", List.of(code, body), () -> covenants.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.year())).build(),
                view -> covenants.read(code, view.path("year").asInt(), null));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateCovenant", summary = "Replace a draft covenant")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantUpdate.class)))
    @APIResponse(responseCode = "200", description = "The replaced draft.",
            content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response update(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CovenantUpdate body) {
        return covenants.update(code, year, ifMatch, body).ok();
    }

    @POST
    @Path("/{year}/sign")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "signCovenant", summary = "Record the signing of a covenant")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantSigning.class)))
    @APIResponse(responseCode = "200", description = "The signed covenant.",
            content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response sign(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CovenantSigning body) {
        return covenants.sign(code, year, ifMatch, body).ok();
    }

    @POST
    @Path("/{year}/amend")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "amendCovenant", summary = "Amend a signed covenant")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantAmendment.class)))
    @APIResponse(responseCode = "200", description = "The amended covenant: its new revision.",
            content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response amend(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CovenantAmendment body) {
        return covenants.amend(code, year, ifMatch, body).ok();
    }
}
