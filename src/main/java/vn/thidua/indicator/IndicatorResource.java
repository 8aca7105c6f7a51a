package vn.thidua.indicator;

import jakarta.ws.rs.core.HttpHeaders;
import vn.thidua.common.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/indicators")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class IndicatorResource {

    private final IndicatorService indicators;
    private final Idempotency idempotency;
    private final ReferenceData referenceData;

    public IndicatorResource(IndicatorService indicators, Idempotency idempotency, ReferenceData referenceData) {
        this.indicators = indicators;
        this.idempotency = idempotency;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List the indicators reports carry")
    @APIResponse(responseCode = "200", description = "One page of indicators.", content = @Content(
            schema = @Schema(implementation = IndicatorView.Page.class)))
    public Response list(@BeanParam PageRequest page, @Parameter(description = ReferenceData.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return referenceData.list(ReferenceData.INDICATOR, ifNoneMatch, uri, headers, () -> indicators.list(page));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "Read an indicator")
    @APIResponse(responseCode = "200", description = "The indicator.",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response get(@Parameter(description = "Indicator code.", example = "POVERTY_RATE") @PathParam("code") String code) {
        return indicators.read(code).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addIndicator", summary = "Add an indicator to the catalog")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorInput.class)))
    @APIResponse(responseCode = "201", description = "Added; Location points at the indicator.",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response add(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull IndicatorInput body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "addIndicator", body, () -> indicators.add(body),
                added -> uri.getAbsolutePathBuilder().path(added.code()).build(),
                view -> indicators.read(view.path("code").asText()));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceIndicator", summary = "Change an indicator")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorInput.class)))
    @APIResponse(responseCode = "200", description = "The changed indicator.",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response replace(
            @Parameter(description = "Indicator code.", example = "POVERTY_RATE") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IndicatorInput body) {
        return indicators.replace(code, ifMatch, body).ok();
    }
}
