package vn.thidua.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.CsvWriter;
import vn.thidua.common.Roles;
import vn.thidua.document.DocumentTypes;

/** A province's indicators over the years: a sub-resource of the province, answered by the statistics feature. */
@Path("/api/v1/provinces/{code}/indicators")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ProvinceIndicatorsResource {

    private final StatisticsService statistics;

    public ProvinceIndicatorsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getProvinceIndicatorSeries", summary = "A province's indicators over the years, in today's map")
    @APIResponse(responseCode = "200", description = "The series.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceIndicatorSeriesView.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public ProvinceIndicatorSeriesView get(
            @Parameter(description = "Two-digit province code, read on `asOf`.", example = "37") @PathParam("code") String code,
            @Parameter(description = "The day whose map of units is used (YYYY-MM-DD); default today.", example = "2026-12-01")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "First year; default five years before `to`.", example = "2021")
            @QueryParam("from") @Min(1945) @Max(2100) Integer from,
            @Parameter(description = "Last year; default the year of `asOf`. At most 30 years in all.", example = "2026")
            @QueryParam("to") @Min(1945) @Max(2100) Integer to,
            @Parameter(description = "Only these indicators, the parameter repeated for several (e.g. "
                    + "`indicator=BUDGET_REVENUE&indicator=NTM_COMMUNES`); default all.")
            @QueryParam("indicator") List<String> indicators,
            @Parameter(description = Inclusion.DESCRIPTION) @QueryParam("include") Inclusion include) {
        return statistics.series(code, asOf, from, to, indicators, include);
    }
}
