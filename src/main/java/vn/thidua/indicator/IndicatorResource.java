package vn.thidua.indicator;

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

@Path("/api/v1/indicators")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class IndicatorResource {

    static final String INDICATOR_EXAMPLE = """
            {"code": "POVERTY_RATE", "nameVi": "Tỷ lệ hộ nghèo", "unit": "%", "valueType": "DECIMAL",
             "aggregation": "AVERAGE", "minValue": 0, "maxValue": 100, "higherIsBetter": false}""";

    static final String FDI_EXAMPLE = """
            {"code": "FDI_REGISTERED", "nameVi": "Vốn đầu tư trực tiếp nước ngoài đăng ký", "unit": "triệu USD",
             "valueType": "DECIMAL", "aggregation": "SUM", "minValue": 0, "higherIsBetter": true}""";
    static final String POVERTY_INPUT_EXAMPLE = """
            {"code": "POVERTY_RATE", "nameVi": "Tỷ lệ hộ nghèo", "unit": "%", "valueType": "DECIMAL",
             "aggregation": "AVERAGE", "minValue": 0, "maxValue": 100, "higherIsBetter": false, "sortOrder": 90}""";

    private final IndicatorService indicators;
    private final Idempotency idempotency;

    public IndicatorResource(IndicatorService indicators, Idempotency idempotency) {
        this.indicators = indicators;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List the indicators reports carry",
            description = "The catalog of indicators members report and cluster reviews compare, in the order reviews "
                    + "list them: their unit, whether values are whole numbers, the accepted range, how a cluster "
                    + "total is formed, and whether a higher value ranks better.")
    @APIResponse(responseCode = "200", description = "One page of indicators.", content = @Content(
            schema = @Schema(implementation = IndicatorView.Page.class), examples = @ExampleObject(name = "Budget revenue and poverty rate",
                    value = "{\"items\": [{\"code\": \"BUDGET_REVENUE\", \"nameVi\": \"Thu ngân sách nhà nước trên địa bàn\", "
                            + "\"unit\": \"tỷ đồng\", \"valueType\": \"DECIMAL\", \"aggregation\": \"SUM\", \"minValue\": 0, "
                            + "\"higherIsBetter\": true}, " + INDICATOR_EXAMPLE + "], \"page\": 0, \"size\": 2, \"total\": 15}")))
    public PageView<IndicatorView> list(@BeanParam PageRequest page) {
        return indicators.list(page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "Read an indicator", description = "The indicator with this code.")
    @APIResponse(responseCode = "200", description = "The indicator.",
            headers = @Header(name = "ETag", description = "The indicator's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "Poverty rate", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No indicator has this code.")
    public Response get(@Parameter(description = "Indicator code.", example = "POVERTY_RATE") @PathParam("code") String code) {
        return indicators.read(code).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addIndicator", summary = "Add an indicator to the catalog",
            description = "Admins add indicators without a code change; members can report them at once and summaries "
                    + "form their cluster value as `aggregation` says.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorInput.class),
            examples = @ExampleObject(name = "Registered FDI", value = FDI_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; Location points at the indicator.",
            headers = {
                    @Header(name = "Location", description = "Address of the indicator.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The indicator's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "Registered FDI", value = FDI_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "An indicator with this code exists.")
    @APIResponse(responseCode = "422", description = "Invalid fields, or a weight that is missing, not needed or unknown.")
    public Response add(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull IndicatorInput body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "addIndicator", body, () -> indicators.add(body),
                added -> uri.getAbsolutePathBuilder().path(added.code()).build());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceIndicator", summary = "Change an indicator",
            description = "Replaces the indicator's definition (the code stays). Values already reported are kept; "
                    + "summaries use the new definition from then on.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorInput.class),
            examples = @ExampleObject(name = "Poverty rate, with a range", value = POVERTY_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed indicator.",
            headers = @Header(name = "ETag", description = "The indicator's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "Poverty rate", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No indicator has this code.")
    @APIResponse(responseCode = "422", description = "Invalid fields, a changed code, or a wrong weight.")
    public Response replace(
            @Parameter(description = "Indicator code.", example = "POVERTY_RATE") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IndicatorInput body) {
        return indicators.replace(code, ifMatch, body).ok();
    }
}
