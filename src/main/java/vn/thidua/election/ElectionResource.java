package vn.thidua.election;

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

@Path("/api/v1/clusters/{code}/elections")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ElectionResource {

    private final ElectionService elections;
    private final Idempotency idempotency;

    public ElectionResource(ElectionService elections, Idempotency idempotency) {
        this.elections = elections;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listElections", summary = "List a cluster's elections")
    @APIResponse(responseCode = "200", description = "One page of elections.", content = @Content(
            schema = @Schema(implementation = ElectionView.Page.class)))
    public PageView<ElectionView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return elections.list(code, page);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getElection", summary = "Read the election of a year's head and deputies")
    @APIResponse(responseCode = "200", description = "The election.",
            content = @Content(schema = @Schema(implementation = ElectionView.class)))
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The year served.", example = "2024") @PathParam("year") @Min(1946) @Max(2100) int year) {
        return elections.read(code, year).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "recordElection", summary = "Record the election of next year's head and deputies")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ElectionCreate.class)))
    @APIResponse(responseCode = "201", description = "Recorded; Location points at the election.",
            content = @Content(schema = @Schema(implementation = ElectionView.class)))
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ElectionCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "recordElection", List.of(code, body), () -> elections.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.year())).build(),
                view -> elections.read(code, view.path("year").asInt()));
    }
}
