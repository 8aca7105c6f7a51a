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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(operationId = "getClusterRanking", summary = "Rank a cluster's members by an indicator",
            description = "The members that gave the indicator in a counted report, best first: highest first, or lowest "
                    + "first where the catalog says lower is better (higherIsBetter false, e.g. the poverty rate). "
                    + "Equal values share a rank and the next rank skips (1, 2, 2, 4), as SQL RANK() does. At most one "
                    + "entry per member.\n\n"
                    + "Other representations by the Accept header: `text/csv` (UTF-8 with a byte order mark), `"
                    + DocumentTypes.XLSX + "` (an Excel workbook, typed cells), and `image/png` or `image/svg+xml`: a "
                    + "bar chart of the members' values, best first, each labelled with its rank (e.g. budget revenue "
                    + "by member with indicator=BUDGET_REVENUE).")
    @APIResponse(responseCode = "200", description = "The ranking; as JSON, CSV, an Excel workbook or a bar chart "
            + "(PNG or SVG).", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingView.class),
                    examples = @ExampleObject(name = "Poverty rate, first half of 2023", value = """
                            {"clusterCode": "DBSH", "period": "2023-H1", "indicatorCode": "POVERTY_RATE",
                             "indicatorName": "Tỷ lệ hộ nghèo", "unit": "%", "higherIsBetter": false, "countedStatuses": ["ACCEPTED"],
                             "entries": [
                               {"rank": 1, "provinceCode": "27", "provinceName": "Bắc Ninh", "value": 0.56, "reportStatus": "ACCEPTED"},
                               {"rank": 2, "provinceCode": "22", "provinceName": "Quảng Ninh", "value": 0.71, "reportStatus": "ACCEPTED"},
                               {"rank": 2, "provinceCode": "26", "provinceName": "Vĩnh Phúc", "value": 0.71, "reportStatus": "ACCEPTED"},
                               {"rank": 4, "provinceCode": "35", "provinceName": "Hà Nam", "value": 1.52, "reportStatus": "ACCEPTED"}]}""")),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Poverty rate, first half of 2023", value = """
                            Hạng,Mã tỉnh,Tỉnh,Tỷ lệ hộ nghèo (%),Trạng thái báo cáo
                            1,27,Bắc Ninh,0.56,ACCEPTED
                            2,22,Quảng Ninh,0.71,ACCEPTED
                            2,26,Vĩnh Phúc,0.71,ACCEPTED
                            4,35,Hà Nam,1.52,ACCEPTED
                            """)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.SVG, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public RankingView get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = Period.DESCRIPTION, example = "2023-H1",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
            @Parameter(description = "Code of the indicator to rank by (GET /api/v1/indicators).", required = true,
                    example = "POVERTY_RATE") @QueryParam("indicator") String indicator,
            @Parameter(description = SummaryResource.INCLUDE) @QueryParam("include") Inclusion include) {
        return statistics.ranking(code, period, indicator, include);
    }
}
