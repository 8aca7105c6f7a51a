package vn.thidua.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

    private final IndicatorService indicators;

    public IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
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
}
