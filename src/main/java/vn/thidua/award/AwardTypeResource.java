package vn.thidua.award;

import jakarta.ws.rs.core.HttpHeaders;
import vn.thidua.common.ReferenceData;
import vn.thidua.common.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import vn.thidua.common.Roles;

@Path("/api/v1/award-types")
@Tag(name = "Award types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class AwardTypeResource {

    private final AwardTypeService awardTypes;
    private final Idempotency idempotency;
    private final ReferenceData referenceData;

    public AwardTypeResource(AwardTypeService awardTypes, Idempotency idempotency, ReferenceData referenceData) {
        this.awardTypes = awardTypes;
        this.idempotency = idempotency;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(operationId = "listAwardTypes", summary = "List the award types")
    @APIResponse(responseCode = "200", description = "One page of award types.", content = @Content(
            schema = @Schema(implementation = AwardTypeView.Page.class)))
    public Response list(
            @Parameter(description = "Only this category.") @QueryParam("category") AwardCategory category,
            @Parameter(description = "Only types that can go to this kind of recipient.") @QueryParam("recipient")
            NomineeKind recipient,
            @BeanParam PageRequest page, @Parameter(description = ReferenceData.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return referenceData.list(ReferenceData.AWARD_TYPE, ifNoneMatch, uri, headers, () -> awardTypes.list(category, recipient, page));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getAwardType", summary = "Read an award type")
    @APIResponse(responseCode = "200", description = "The award type.",
            content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    public Response get(@Parameter(description = "Award type code.", example = "GOV_EMULATION_FLAG") @PathParam("code") String code) {
        return awardTypes.read(code).ok();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAwardType", summary = "Add an award type to the catalog")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardTypeCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the award type.",
            content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AwardTypeCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createAwardType", body, () -> awardTypes.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).build(),
                view -> awardTypes.read(view.path("code").asText()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateAwardType", summary = "Replace an award type's fields")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardTypeUpdate.class)))
    @APIResponse(responseCode = "200", description = "The updated award type.",
            content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    public Response update(
            @Parameter(description = "Award type code.", example = "LABOUR_ORDER_3") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AwardTypeUpdate input) {
        return awardTypes.update(code, ifMatch, input).ok();
    }
}
