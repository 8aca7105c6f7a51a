package vn.thidua.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
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
import vn.thidua.report.Period;

@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL})
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "getNationalIndicatorStatistics", summary = "Indicators per cluster and nationally")
    @APIResponse(responseCode = "200", description = "The statistics.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalStatisticsView.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public NationalStatisticsView indicators(
            @Parameter(description = Period.DESCRIPTION, required = true, example = "2023-H1",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @QueryParam("period") String period,
            @Parameter(description = "Only this indicator.", example = "BUDGET_REVENUE") @QueryParam("indicator") String indicator,
            @Parameter(description = Inclusion.DESCRIPTION) @QueryParam("include") Inclusion include,
            @Parameter(description = "Regroup into the units valid on this day (YYYY-MM-DD): `units` then gives each "
                    + "indicator per unit of that day, made of the values of the units of the period it took over; "
                    + "`asOf=2023-07-26` gives the 63 units of 2023, today's date the 34 of today.", example = "2026-12-01")
            @QueryParam("asOf") LocalDate asOf) {
        return statistics.national(period, indicator, include, asOf);
    }
}
