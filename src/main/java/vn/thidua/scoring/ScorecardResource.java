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
import vn.thidua.access.AccessPolicy;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/scorecards")
@Tag(name = "Scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ScorecardResource {

    private static final String ID = "Scorecard id.";

    private final ScorecardService scorecards;
    private final Idempotency idempotency;

    public ScorecardResource(ScorecardService scorecards, Idempotency idempotency) {
        this.scorecards = scorecards;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listScorecards", summary = "List scorecards")
    @APIResponse(responseCode = "200", description = "One page of scorecards.", content = @Content(
            schema = @Schema(implementation = ScorecardView.Page.class)))
    public PageView<ScorecardView> list(
            @Parameter(description = "Only cards of this cluster.", example = "DBSH") @QueryParam("cluster") String cluster,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only cards of provinces with this code.", example = "36") @QueryParam("province") String province,
            @Parameter(description = "Only cards in this status.") @QueryParam("status") ScorecardStatus status,
            @BeanParam PageRequest page) {
        return scorecards.list(cluster, year, province, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScorecard", summary = "Read a scorecard")
    @APIResponse(responseCode = "200", description = "The scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response get(@Parameter(description = ID, example = "12") @PathParam("id") long id) {
        return scorecards.read(id).ok();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listScorecardHistory", summary = "Read a scorecard's history")
    @APIResponse(responseCode = "200", description = "One page of the history.", content = @Content(
            schema = @Schema(implementation = ScorecardStepView.Page.class)))
    public PageView<ScorecardStepView> history(
            @Parameter(description = ID, example = "12") @PathParam("id") long id, @BeanParam PageRequest page) {
        return scorecards.history(id, page);
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createScorecard", summary = "Start a member's scorecard (self-assessment)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScorecardCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ScorecardCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createScorecard", body, () -> scorecards.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                view -> scorecards.read(view.path("id").asLong()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateScorecard", summary = "Replace a scorecard's self-assessment")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScorecardUpdate.class)))
    @APIResponse(responseCode = "200", description = "The updated scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response update(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScorecardUpdate input) {
        return scorecards.update(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "submitScorecard", summary = "Submit a scorecard to the cluster head")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardNote.class)))
    @APIResponse(responseCode = "200", description = "The submitted scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response submit(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardNote input) {
        return scorecards.submit(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "reviewScorecard", summary = "Review a scorecard: set the agreed points")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardReview.class)))
    @APIResponse(responseCode = "200", description = "The reviewed scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response review(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardReview input) {
        return scorecards.review(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "confirmScorecard", summary = "Confirm a scorecard's final points")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardNote.class)))
    @APIResponse(responseCode = "200", description = "The confirmed scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response confirm(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardNote input) {
        return scorecards.confirm(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "returnScorecard", summary = "Return a scorecard for correction")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScorecardNote.class)))
    @APIResponse(responseCode = "200", description = "The returned scorecard.",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response returnToMember(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardNote input) {
        return scorecards.returnToMember(id, ifMatch, input).ok();
    }
}
