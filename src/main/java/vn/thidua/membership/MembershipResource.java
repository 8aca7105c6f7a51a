package vn.thidua.membership;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/clusters/{code}/members")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class MembershipResource {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final MembershipService memberships;
    private final Idempotency idempotency;

    public MembershipResource(MembershipService memberships, Idempotency idempotency) {
        this.memberships = memberships;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listMemberships", summary = "List a cluster's members")
    @APIResponse(responseCode = "200", description = "One page of memberships.", content = @Content(
            schema = @Schema(implementation = MembershipView.Page.class)))
    public PageView<MembershipView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this role.") @QueryParam("role") MembershipRole role,
            @BeanParam PageRequest page) {
        return memberships.list(code, year, role, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMembership", summary = "Read a membership")
    @APIResponse(responseCode = "200", description = "The membership.",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Membership id.", example = "6") @PathParam("id") long id) {
        return memberships.read(code, id).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "addMembership", summary = "Add a member for a year")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MembershipCreate.class)))
    @APIResponse(responseCode = "201", description = "Added; Location points at the membership.",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response add(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull MembershipCreate body, @Context UriInfo uri) {
        // The cluster is part of the request: the same key for another cluster is another request (422).
        return idempotency.create(idempotencyKey, "addMembership", List.of(code, body), () -> memberships.add(code, body),
                added -> uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build(),
                view -> memberships.read(code, view.path("id").asLong()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "changeMembershipRole", summary = "Change a member's role")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH_JSON,
            schema = @Schema(implementation = MembershipPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed membership.",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response changeRole(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Membership id.", example = "6") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MembershipPatch body) {
        return memberships.changeRole(code, id, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "removeMembership", summary = "Remove a member")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void remove(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Membership id.", example = "6") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        memberships.remove(code, id, ifMatch);
    }
}
