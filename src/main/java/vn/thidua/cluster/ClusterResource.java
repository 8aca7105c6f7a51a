package vn.thidua.cluster;

import jakarta.ws.rs.core.HttpHeaders;
import vn.thidua.common.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.Roles;

@Path("/api/v1/clusters")
@Tag(name = "Clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ClusterResource {

    private final ClusterService clusters;
    private final Idempotency idempotency;
    private final ReferenceData referenceData;

    public ClusterResource(ClusterService clusters, Idempotency idempotency, ReferenceData referenceData) {
        this.clusters = clusters;
        this.idempotency = idempotency;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(operationId = "listClusters", summary = "List clusters")
    @APIResponse(responseCode = "200", description = "One page of clusters.", content = @Content(
            schema = @Schema(implementation = ClusterView.Page.class)))
    public Response list(
            @Parameter(description = "Only clusters of this kind.") @QueryParam("kind") ClusterKind kind,
            @BeanParam PageRequest page, @Parameter(description = ReferenceData.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return referenceData.list(ReferenceData.CLUSTER, ifNoneMatch, uri, headers, () -> clusters.list(kind, page));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCluster", summary = "Read a cluster")
    @APIResponse(responseCode = "200", description = "The cluster.",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    public Response get(@Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code) {
        return clusters.read(code).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "createCluster", summary = "Create a cluster")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClusterCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the cluster.",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ClusterCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createCluster", body, () -> clusters.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).build(),
                view -> clusters.read(view.path("code").asText()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "updateCluster", summary = "Replace a cluster's name, kind and description")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClusterUpdate.class)))
    @APIResponse(responseCode = "200", description = "The updated cluster.",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    public Response update(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ClusterUpdate body) {
        return clusters.update(code, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "deleteCluster", summary = "Delete a cluster")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch) {
        clusters.delete(code, ifMatch);
    }
}
