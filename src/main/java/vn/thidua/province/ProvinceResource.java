package vn.thidua.province;

import jakarta.ws.rs.core.HttpHeaders;
import vn.thidua.common.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import vn.thidua.common.Roles;

@Path("/api/v1/provinces")
@Tag(name = "Provinces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ProvinceResource {

    public static final String AS_OF = "The day on which the code is read (YYYY-MM-DD); default today. "
            + "A code names different units over time: 24 is Bắc Giang on 2023-07-26 and the new Bắc Ninh today.";

    private final ProvinceService provinces;

    private final Idempotency idempotency;
    private final ReferenceData referenceData;

    public ProvinceResource(ProvinceService provinces, Idempotency idempotency, ReferenceData referenceData) {
        this.provinces = provinces;
        this.idempotency = idempotency;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(operationId = "listProvinces", summary = "List the provincial-level units valid on a day")
    @APIResponse(responseCode = "200", description = "One page of units.", content = @Content(
            schema = @Schema(implementation = ProvinceView.Page.class)))
    public Response list(
            @Parameter(description = AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Part of the name, with or without diacritics.", example = "thai binh")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageRequest page, @Parameter(description = ReferenceData.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return referenceData.list(ReferenceData.PROVINCE, ifNoneMatch, uri, headers, () -> provinces.list(asOf, q, page));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getProvince", summary = "Read the unit that has a code on a day")
    @APIResponse(responseCode = "200", description = "The unit.",
            content = @Content(schema = @Schema(implementation = ProvinceView.class)))
    public Response get(
            @Parameter(description = "Two-digit code.", example = "34") @PathParam("code") String code,
            @Parameter(description = AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf) {
        return provinces.read(code, asOf).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "createProvince", summary = "Create a provincial-level unit")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvinceCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the unit.",
            content = @Content(schema = @Schema(implementation = ProvinceView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ProvinceCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createProvince", body, () -> provinces.create(body),
                created -> uri.getAbsolutePathBuilder().path(created.code()).queryParam("asOf", created.validFrom()).build(),
                view -> provinces.read(view.path("code").asText(), LocalDate.parse(view.path("validFrom").asText())));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
    @Operation(operationId = "correctProvince", summary = "Correct or retire a provincial-level unit")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvinceUpdate.class)))
    @APIResponse(responseCode = "200", description = "The corrected unit.",
            content = @Content(schema = @Schema(implementation = ProvinceView.class)))
    public Response correct(
            @Parameter(description = "Two-digit code.", example = "34") @PathParam("code") String code,
            @Parameter(description = AS_OF, example = "2023-07-26") @QueryParam("asOf") LocalDate asOf,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProvinceUpdate body) {
        return provinces.correct(code, asOf, ifMatch, body).ok();
    }
}
