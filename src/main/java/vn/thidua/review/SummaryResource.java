package vn.thidua.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.thidua.report.Period;
import vn.thidua.statistics.ClusterSummaryView;
import vn.thidua.statistics.Inclusion;
import vn.thidua.statistics.StatisticsService;

@Path("/api/v1/clusters/{code}/summaries")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX, DocumentTypes.DOCX, DocumentTypes.PNG,
        DocumentTypes.SVG})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class SummaryResource {

    /** The types answered, in the order a wildcard in Accept picks them. */
    private static final List<String> OFFERS = List.of(MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX,
            DocumentTypes.DOCX, DocumentTypes.PNG, DocumentTypes.SVG);

    private final StatisticsService statistics;
    private final ReviewReportService reviewReports;

    public SummaryResource(StatisticsService statistics, ReviewReportService reviewReports) {
        this.statistics = statistics;
        this.reviewReports = reviewReports;
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getClusterSummary", summary = "Compile a cluster's totals for a period")
    @APIResponse(responseCode = "200", description = "The summary; as JSON, CSV, an Excel workbook, the review report "
            + "as a Word document, or a chart (PNG or SVG).", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterSummaryView.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.SVG, schema = @Schema(type = SchemaType.STRING))})
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = Period.DESCRIPTION, example = "2023-H1",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
            @Parameter(description = Inclusion.DESCRIPTION) @QueryParam("include") Inclusion include,
            @Context HttpHeaders headers) {
        String type = DocumentTypes.negotiate(headers, OFFERS);
        Object answer = type.equals(DocumentTypes.DOCX) ? reviewReports.compile(code, period, include)
                : statistics.summary(code, period, include);
        return Response.ok(answer, type).build();
    }
}
