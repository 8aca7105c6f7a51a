package vn.thidua.award;

import vn.thidua.common.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.KeysetPageView;
import vn.thidua.common.KeysetRequest;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;
import vn.thidua.common.CsvWriter;
import vn.thidua.document.DocumentTypes;

@Path("/api/v1/award-recommendations")
@Tag(name = "Award recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class AwardRecommendationResource {

    /** The types the list answers, in the order a wildcard in Accept picks them. */
    private static final List<String> LIST_OFFERS = List.of(MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX);

    private final AwardRecommendationService recommendations;
    private final Idempotency idempotency;

    public AwardRecommendationResource(AwardRecommendationService recommendations, Idempotency idempotency) {
        this.recommendations = recommendations;
        this.idempotency = idempotency;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX})
    @Operation(operationId = "listAwardRecommendations", summary = "List award recommendations")
    @APIResponse(responseCode = "200", description = "One page of recommendations; or, as CSV or an Excel workbook, all of them.",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardRecommendationView.Page.class)),
                    @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(
            @Parameter(description = "Only this cluster (code).", example = "DBSH") @QueryParam("cluster") @Size(max = 20) String cluster,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this status.") @QueryParam("status") RecommendationStatus status,
            @Parameter(description = "Only this award type (code).", example = "GOV_EMULATION_FLAG")
            @QueryParam("awardType") @Size(max = 40) String awardType,
            @Parameter(description = "Only this kind of commendation.") @QueryParam("kind") CommendationKind kind,
            @Parameter(description = "Only recommendations proposed by or for this province (code).", example = "36")
            @QueryParam("province") @Size(max = 2) String province,
            @Parameter(description = "Part of the nominee's name, with or without diacritics.", example = "nam dinh")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageRequest page,
            @BeanParam KeysetRequest keyset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        var filter = new AwardRecommendationService.Filter(cluster, year, status, awardType, kind, province, q);
        String type = DocumentTypes.negotiate(headers, LIST_OFFERS);
        if (!type.equals(MediaType.APPLICATION_JSON)) {
            return Response.ok(new RecommendationTable(recommendations.export(filter)), type).build();
        }
        KeysetPageView<AwardRecommendationView> answer = recommendations.list(filter, page, keyset);
        Response.ResponseBuilder ok = Response.ok(answer, type);
        if (answer.next != null) {
            ok.link(KeysetRequest.nextLink(uri, answer.next), "next");
        }
        return ok.build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAwardRecommendation", summary = "Read an award recommendation")
    @APIResponse(responseCode = "200", description = "The recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response get(@Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id) {
        return recommendations.read(id).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createAwardRecommendation", summary = "Propose a nominee for an award")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardRecommendationCreate.class)))
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location points at it.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AwardRecommendationCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createAwardRecommendation", body, () -> recommendations.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                view -> recommendations.read(view.path("id").asLong()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateAwardRecommendation", summary = "Edit a draft or returned recommendation")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardRecommendationUpdate.class)))
    @APIResponse(responseCode = "200", description = "The edited recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response update(
            @Parameter(description = "Recommendation id.", example = "2") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AwardRecommendationUpdate input) {
        return recommendations.update(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "submitAwardRecommendation", summary = "Submit a recommendation to the cluster head")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionNote.class)))
    @APIResponse(responseCode = "200", description = "The submitted recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response submit(
            @Parameter(description = "Recommendation id.", example = "2") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionNote input) {
        return recommendations.submit(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "returnAwardRecommendation", summary = "Return a recommendation for correction")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnRequest.class)))
    @APIResponse(responseCode = "200", description = "The returned recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response returnToProposer(
            @Parameter(description = "Recommendation id.", example = "5") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReturnRequest input) {
        return recommendations.returnToProposer(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/vote")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "voteOnAwardRecommendation", summary = "Record the cluster's vote")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VoteRequest.class)))
    @APIResponse(responseCode = "200", description = "The voted recommendation: ENDORSED or NOT_ENDORSED.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response vote(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull VoteRequest input) {
        return recommendations.vote(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/forward")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "forwardAwardRecommendation", summary = "Forward an endorsed recommendation to the Central Committee")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionNote.class)))
    @APIResponse(responseCode = "200", description = "The forwarded recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response forward(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionNote input) {
        return recommendations.forward(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed(Roles.CENTRAL)
    @Operation(operationId = "decideAwardRecommendation", summary = "Record the award decision")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "The decided recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response decide(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequest input) {
        return recommendations.decide(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "withdrawAwardRecommendation", summary = "Withdraw a recommendation")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionNote.class)))
    @APIResponse(responseCode = "200", description = "The withdrawn recommendation.",
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class)))
    public Response withdraw(
            @Parameter(description = "Recommendation id.", example = "9") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionNote input) {
        return recommendations.withdraw(id, ifMatch, input).ok();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listAwardRecommendationHistory", summary = "Read a recommendation's history")
    @APIResponse(responseCode = "200", description = "One page of history entries.", content = @Content(
            schema = @Schema(implementation = RecommendationStepView.Page.class)))
    public PageView<RecommendationStepView> history(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @BeanParam PageRequest page) {
        return recommendations.history(id, page);
    }
}
