package vn.thidua.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

@Path("/api/v1/clusters/{code}/rankings")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX, DocumentTypes.PNG, DocumentTypes.SVG})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class RankingResource {

    private final StatisticsService statistics;

    public RankingResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getClusterRanking", summary = "Rank a cluster's members by an indicator")
    @APIResponse(responseCode = "200", description = "The ranking; as JSON, CSV, an Excel workbook or a bar chart "
            + "(PNG or SVG).", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingView.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.SVG, schema = @Schema(type = SchemaType.STRING))})
    public RankingView get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = Period.DESCRIPTION, example = "2023-H1",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
            @Parameter(description = "Code of the indicator to rank by (GET /api/v1/indicators).", required = true,
                    example = "POVERTY_RATE") @QueryParam("indicator") String indicator,
            @Parameter(description = Inclusion.DESCRIPTION) @QueryParam("include") Inclusion include) {
        return statistics.ranking(code, period, indicator, include);
    }
}
