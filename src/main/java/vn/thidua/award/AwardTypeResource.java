package vn.thidua.award;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/award-types")
@Tag(name = "Award types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class AwardTypeResource {

    static final String FLAG_EXAMPLE = """
            {"code": "GOV_EMULATION_FLAG", "name": "Cờ thi đua của Chính phủ", "category": "EMULATION_TITLE",
             "recipients": ["COLLECTIVE"], "decidedBy": "PRIME_MINISTER",
             "notes": "Yearly; among others to the leading collective of each cluster or bloc organised by the Central Emulation and Commendation Council (Law 06/2022/QH15 Art. 25)"}""";
    static final String LABOUR_ORDER_EXAMPLE = """
            {"code": "LABOUR_ORDER_3", "name": "Huân chương Lao động hạng Ba", "category": "ORDER",
             "recipients": ["INDIVIDUAL", "COLLECTIVE"], "decidedBy": "PRESIDENT"}""";

    private final AwardTypeService awardTypes;
    private final Idempotency idempotency;

    public AwardTypeResource(AwardTypeService awardTypes, Idempotency idempotency) {
        this.awardTypes = awardTypes;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listAwardTypes", summary = "List the award types",
            description = "The catalog of forms of commendation and emulation titles the service knows (Law 06/2022/QH15, "
                    + "Decree 98/2023/NĐ-CP), ordered by code; optionally only one category or those that can go to a "
                    + "kind of recipient.")
    @APIResponse(responseCode = "200", description = "One page of award types.", content = @Content(
            schema = @Schema(implementation = AwardTypeView.Page.class), examples = @ExampleObject(
                    name = "Emulation titles for collectives decided by the Prime Minister",
                    value = "{\"items\": [" + FLAG_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public PageView<AwardTypeView> list(
            @Parameter(description = "Only this category.") @QueryParam("category") AwardCategory category,
            @Parameter(description = "Only types that can go to this kind of recipient.") @QueryParam("recipient")
            NomineeKind recipient,
            @BeanParam PageRequest page) {
        return awardTypes.list(category, recipient, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getAwardType", summary = "Read an award type",
            description = "The award type with this code. The ETag header carries its version, for If-Match on a change.")
    @APIResponse(responseCode = "200", description = "The award type.",
            headers = @Header(name = "ETag", description = "The award type's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardTypeView.class),
                    examples = @ExampleObject(name = "Government Emulation Flag", value = FLAG_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No award type has this code.")
    public Response get(@Parameter(description = "Award type code.", example = "GOV_EMULATION_FLAG") @PathParam("code") String code) {
        return awardTypes.read(code).ok();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAwardType", summary = "Add an award type to the catalog",
            description = "Adds a form of commendation or emulation title. Its code is its address and cannot change later.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardTypeCreate.class),
            examples = @ExampleObject(name = "Third-class Labour Order", value = LABOUR_ORDER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the award type.",
            headers = {
                    @Header(name = "Location", description = "Address of the new award type.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The award type's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AwardTypeView.class),
                    examples = @ExampleObject(name = "Third-class Labour Order", value = LABOUR_ORDER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "An award type with this code exists.")
    @APIResponse(responseCode = "422", description = "Invalid fields.")
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AwardTypeCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createAwardType", body, () -> awardTypes.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateAwardType", summary = "Replace an award type's fields",
            description = "Replaces name, category, recipients, deciding level and notes. The code stays. Recommendations "
                    + "already made keep their award type; the recipients are checked when one is created or edited.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardTypeUpdate.class),
            examples = @ExampleObject(name = "Third-class Labour Order", value = """
                    {"name": "Huân chương Lao động hạng Ba", "category": "ORDER", "recipients": ["INDIVIDUAL", "COLLECTIVE"],
                     "decidedBy": "PRESIDENT", "notes": "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 41"}""")))
    @APIResponse(responseCode = "200", description = "The updated award type.",
            headers = @Header(name = "ETag", description = "The award type's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardTypeView.class),
                    examples = @ExampleObject(name = "Third-class Labour Order", value = LABOUR_ORDER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No award type has this code.")
    @APIResponse(responseCode = "422", description = "Invalid fields.")
    public Response update(
            @Parameter(description = "Award type code.", example = "LABOUR_ORDER_3") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AwardTypeUpdate input) {
        return awardTypes.update(code, ifMatch, input).ok();
    }
}
