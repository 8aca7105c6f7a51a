package vn.thidua.conference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/clusters/{code}/conferences")
@Tag(name = "Conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ConferenceResource {

    private final ConferenceService conferences;
    private final Idempotency idempotency;

    public ConferenceResource(ConferenceService conferences, Idempotency idempotency) {
        this.conferences = conferences;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listConferences", summary = "List a cluster's conferences")
    @APIResponse(responseCode = "200", description = "One page of conferences.", content = @Content(
            schema = @Schema(implementation = ConferenceView.Page.class)))
    public PageView<ConferenceView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Only conferences about this emulation year.", example = "2023")
            @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only conferences of this kind.") @QueryParam("kind") ConferenceKind kind,
            @BeanParam PageRequest page) {
        return conferences.list(code, year, kind, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConference", summary = "Read a conference")
    @APIResponse(responseCode = "200", description = "The conference.",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Conference id.", example = "1") @PathParam("id") long id) {
        return conferences.read(code, id).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createConference", summary = "Record a conference of the cluster")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConferenceInput.class)))
    @APIResponse(responseCode = "201", description = "Recorded; Location points at the conference.",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ConferenceInput body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createConference", List.of(code, body), () -> conferences.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                view -> conferences.read(code, view.path("id").asLong()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateConference", summary = "Replace a conference's record")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConferenceInput.class)))
    @APIResponse(responseCode = "200", description = "The replaced record.",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    public Response update(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Conference id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ConferenceInput body) {
        return conferences.update(code, id, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "deleteConference", summary = "Delete a conference's record")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Conference id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        conferences.delete(code, id, ifMatch);
    }
}
