package vn.thidua.cluster;

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
import vn.thidua.common.Problem;
import vn.thidua.common.ProblemMapper;
import vn.thidua.common.Roles;
import vn.thidua.common.Versioned;

@Path("/api/v1/clusters")
@Tag(name = "Clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ClusterResource {

    static final String CLUSTER_EXAMPLE = """
            {"code": "DBSH", "name": "Cụm thi đua các tỉnh Đồng bằng sông Hồng", "kind": "PROVINCES",
             "description": "Cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức, gồm các tỉnh vùng Đồng bằng sông Hồng (trừ Hà Nội và Hải Phòng)."}""";

    private final ClusterService clusters;
    private final Idempotency idempotency;

    public ClusterResource(ClusterService clusters, Idempotency idempotency) {
        this.clusters = clusters;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listClusters", summary = "List clusters",
            description = "Clusters and blocs ordered by code, optionally only one kind.")
    @APIResponse(responseCode = "200", description = "One page of clusters.", content = @Content(
            schema = @Schema(implementation = ClusterView.Page.class), examples = @ExampleObject(name = "Red River Delta", value = "{\"items\": [" + CLUSTER_EXAMPLE
                    + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public PageView<ClusterView> list(
            @Parameter(description = "Only clusters of this kind.") @QueryParam("kind") ClusterKind kind,
            @BeanParam PageRequest page) {
        return clusters.list(kind, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCluster", summary = "Read a cluster",
            description = "The cluster with this code. The ETag header carries its version, for If-Match on writes.")
    @APIResponse(responseCode = "200", description = "The cluster.",
            headers = @Header(name = "ETag", description = "The cluster's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClusterView.class),
                    examples = @ExampleObject(name = "Red River Delta", value = CLUSTER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public Response get(@Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code) {
        return clusters.read(code).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "createCluster", summary = "Create a cluster",
            description = "Creates a cluster or bloc. Its code is its address and cannot change later.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClusterCreate.class),
            examples = @ExampleObject(name = "Red River Delta", value = CLUSTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the cluster.",
            headers = {
                    @Header(name = "Location", description = "Address of the new cluster.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The cluster's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ClusterView.class),
                    examples = @ExampleObject(name = "Red River Delta", value = CLUSTER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A cluster with this code exists.")
    @APIResponse(responseCode = "422", description = "Invalid fields.")
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ClusterCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createCluster", body, () -> clusters.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "updateCluster", summary = "Replace a cluster's name, kind and description",
            description = "Replaces the changeable fields. The code stays.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClusterUpdate.class),
            examples = @ExampleObject(name = "New description", value = """
                    {"name": "Cụm thi đua các tỉnh Đồng bằng sông Hồng", "kind": "PROVINCES",
                     "description": "Cụm thi đua gồm 9 tỉnh vùng Đồng bằng sông Hồng, trừ Hà Nội và Hải Phòng."}""")))
    @APIResponse(responseCode = "200", description = "The updated cluster.",
            headers = @Header(name = "ETag", description = "The cluster's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClusterView.class),
                    examples = @ExampleObject(name = "Red River Delta", value = CLUSTER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    @APIResponse(responseCode = "409", description = "The new kind would put a province in two clusters of provinces in one year.")
    @APIResponse(responseCode = "422", description = "Invalid fields.")
    public Response update(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ClusterUpdate body) {
        return clusters.update(code, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "deleteCluster", summary = "Delete a cluster",
            description = "Deletes a cluster that has no members and no data; otherwise 409.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    @APIResponse(responseCode = "409", description = "The cluster still has members or data.")
    public void delete(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch) {
        clusters.delete(code, ifMatch);
    }
}
