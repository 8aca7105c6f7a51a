package vn.thidua.conference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
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

@Path("/api/v1/exemplary-models")
@Tag(name = "Exemplary models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ExemplaryModelResource {

    private final ExemplaryModelService models;
    private final Idempotency idempotency;

    public ExemplaryModelResource(ExemplaryModelService models, Idempotency idempotency) {
        this.models = models;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listExemplaryModels", summary = "Search exemplary models")
    @APIResponse(responseCode = "200", description = "One page of exemplary models.", content = @Content(
            schema = @Schema(implementation = ExemplaryModelView.Page.class)))
    public PageView<ExemplaryModelView> list(
            @Parameter(description = "Part of the name, with or without diacritics.", example = "friesland")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Only models of this movement (code).", example = "NONG-THON-MOI")
            @QueryParam("movement") @Size(max = 40) String movement,
            @Parameter(description = "Only models of the unit with this code on `asOf` and of the units it took over.",
                    example = "37")
            @QueryParam("province") @Pattern(regexp = "^[0-9]{2}$", message = "must be two digits, e.g. \"37\"") String province,
            @Parameter(description = "The day on which `province` is read (YYYY-MM-DD); default today.", example = "2023-07-26")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only models held up as examples in this year.", example = "2023")
            @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @BeanParam PageRequest page) {
        return models.list(new ExemplaryModelService.Filter(q, movement, province, asOf, year), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExemplaryModel", summary = "Read an exemplary model")
    @APIResponse(responseCode = "200", description = "The exemplary model.",
            content = @Content(schema = @Schema(implementation = ExemplaryModelView.class)))
    public Response get(@Parameter(description = "Exemplary model id.", example = "4") @PathParam("id") long id) {
        return models.read(id).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createExemplaryModel", summary = "Record an exemplary model")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExemplaryModelInput.class)))
    @APIResponse(responseCode = "201", description = "Recorded; Location points at it.",
            content = @Content(schema = @Schema(implementation = ExemplaryModelView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ExemplaryModelInput body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createExemplaryModel", body, () -> models.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                view -> models.read(view.path("id").asLong()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateExemplaryModel", summary = "Replace an exemplary model")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExemplaryModelInput.class)))
    @APIResponse(responseCode = "200", description = "The replaced exemplary model.",
            content = @Content(schema = @Schema(implementation = ExemplaryModelView.class)))
    public Response update(
            @Parameter(description = "Exemplary model id.", example = "4") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ExemplaryModelInput body) {
        return models.update(id, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "deleteExemplaryModel", summary = "Delete an exemplary model")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Exemplary model id.", example = "4") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        models.delete(id, ifMatch);
    }
}
