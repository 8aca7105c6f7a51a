package vn.thidua.movement;

import vn.thidua.common.Idempotency;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/movements")
@Tag(name = "Movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class MovementResource {

    private final MovementService movements;
    private final Idempotency idempotency;

    public MovementResource(MovementService movements, Idempotency idempotency) {
        this.movements = movements;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listMovements", summary = "List emulation movements")
    @APIResponse(responseCode = "200", description = "One page of movements.", content = @Content(
            schema = @Schema(implementation = MovementView.Page.class)))
    public PageView<MovementView> list(
            @Parameter(description = "Only movements running this year.", example = "2023")
            @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @BeanParam PageRequest page) {
        return movements.list(year, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMovement", summary = "Read a movement")
    @APIResponse(responseCode = "200", description = "The movement.",
            content = @Content(schema = @Schema(implementation = MovementView.class)))
    public Response get(@Parameter(description = "Movement code.", example = "NONG-THON-MOI") @PathParam("code") String code) {
        return movements.read(code).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "createMovement", summary = "Add a movement")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MovementCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the movement.",
            content = @Content(schema = @Schema(implementation = MovementView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull MovementCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createMovement", body, () -> movements.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).build(),
                view -> movements.read(view.path("code").asText()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "updateMovement", summary = "Replace a movement's fields")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MovementUpdate.class)))
    @APIResponse(responseCode = "200", description = "The updated movement.",
            content = @Content(schema = @Schema(implementation = MovementView.class)))
    public Response update(
            @Parameter(description = "Movement code.", example = "NONG-THON-MOI") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MovementUpdate input) {
        return movements.update(code, ifMatch, input).ok();
    }
}
