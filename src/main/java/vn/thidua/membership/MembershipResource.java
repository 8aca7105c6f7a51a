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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;
import vn.thidua.common.Versioned;

@Path("/api/v1/clusters/{code}/members")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class MembershipResource {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String MEMBERSHIP_EXAMPLE = """
            {"id": 6, "clusterCode": "DBSH", "year": 2023, "role": "HEAD",
             "province": {"id": 22, "code": "34", "name": "Thái Bình", "validTo": "2025-06-30"}}""";

    private final MembershipService memberships;
    private final Idempotency idempotency;

    public MembershipResource(MembershipService memberships, Idempotency idempotency) {
        this.memberships = memberships;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listMemberships", summary = "List a cluster's members",
            description = "Members by year (newest first), head first, then deputies, then members, by province code.")
    @APIResponse(responseCode = "200", description = "One page of memberships.", content = @Content(
            schema = @Schema(implementation = MembershipView.Page.class), examples = @ExampleObject(name = "Head of the Red River Delta cluster in 2023",
                    value = "{\"items\": [" + MEMBERSHIP_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public PageView<MembershipView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this role.") @QueryParam("role") MembershipRole role,
            @BeanParam PageRequest page) {
        return memberships.list(code, year, role, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMembership", summary = "Read a membership",
            description = "One membership. The ETag header carries its version, for If-Match on writes.")
    @APIResponse(responseCode = "200", description = "The membership.",
            headers = @Header(name = "ETag", description = "The membership's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "Thái Bình, head in 2023", value = MEMBERSHIP_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such cluster, or no such membership in it.")
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Membership id.", example = "6") @PathParam("id") long id) {
        return memberships.read(code, id).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "addMembership", summary = "Add a member for a year",
            description = "Adds a province to the cluster for a year with a role. Refused when the province does not "
                    + "exist during that year (422), is already a member that year (409), already belongs to another "
                    + "cluster of provinces that year (409), or when a second HEAD is named for the year (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MembershipCreate.class),
            examples = @ExampleObject(name = "Thái Bình heads the cluster in 2023",
                    value = "{\"year\": 2023, \"provinceCode\": \"34\", \"role\": \"HEAD\"}")))
    @APIResponse(responseCode = "201", description = "Added; Location points at the membership.",
            headers = {
                    @Header(name = "Location", description = "Address of the membership.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The membership's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "Thái Bình, head in 2023", value = MEMBERSHIP_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    @APIResponse(responseCode = "409", description = "Already a member, in another cluster of provinces, or a second head that year.")
    @APIResponse(responseCode = "422", description = "Invalid fields, or the province does not exist during that year.")
    public Response add(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull MembershipCreate body, @Context UriInfo uri) {
        // The cluster is part of the request: the same key for another cluster is another request (422).
        return idempotency.create(idempotencyKey, "addMembership", List.of(code, body), () -> memberships.add(code, body),
                added -> uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "changeMembershipRole", summary = "Change a member's role",
            description = "A JSON merge patch of the membership; only `role` can change. To hand the head role to "
                    + "another member, first make the current head a DEPUTY or MEMBER.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH_JSON,
            schema = @Schema(implementation = MembershipPatch.class),
            examples = @ExampleObject(name = "Hải Dương becomes deputy", value = "{\"role\": \"DEPUTY\"}")))
    @APIResponse(responseCode = "200", description = "The changed membership.",
            headers = @Header(name = "ETag", description = "The membership's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "Hải Dương, deputy in 2024", value = """
                            {"id": 14, "clusterCode": "DBSH", "year": 2024, "role": "DEPUTY",
                             "province": {"id": 19, "code": "30", "name": "Hải Dương", "validTo": "2025-06-30"}}""")))
    @APIResponse(responseCode = "404", description = "No such cluster, or no such membership in it.")
    @APIResponse(responseCode = "409", description = "The cluster already has a head that year.")
    @APIResponse(responseCode = "422", description = "Invalid role.")
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
    @Operation(operationId = "removeMembership", summary = "Remove a member",
            description = "Removes the province from the cluster for that year; refused (409) once the province has "
                    + "reported to the cluster for that year.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such cluster, or no such membership in it.")
    @APIResponse(responseCode = "409", description = "The province has reports to the cluster for that year.")
    public void remove(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "Membership id.", example = "6") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        memberships.remove(code, id, ifMatch);
    }
}
