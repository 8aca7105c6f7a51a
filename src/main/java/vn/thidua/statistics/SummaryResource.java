package vn.thidua.statistics;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.CsvWriter;
import vn.thidua.common.Roles;
import vn.thidua.document.DocumentTypes;
import vn.thidua.report.Period;
import vn.thidua.review.ReviewReportService;

@Path("/api/v1/clusters/{code}/summaries")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX, DocumentTypes.DOCX, DocumentTypes.PNG,
        DocumentTypes.SVG})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class SummaryResource {

    static final String INCLUDE = "SUBMITTED also counts reports still waiting for acceptance; by default only "
            + "ACCEPTED reports count.";

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
    @Operation(operationId = "getClusterSummary", summary = "Compile a cluster's totals for a period",
            description = "What the head compiles for the mid-year or year-end review, computed by the database from "
                    + "the members' accepted reports (and submitted ones with include=SUBMITTED): per indicator the "
                    + "cluster's value (SUM, AVERAGE, WEIGHTED_AVERAGE as the catalog says; LIST indicators have no "
                    + "cluster value), how many reports give it, and the lowest and highest member; the members expected "
                    + "that year, the state of their reports, and who is missing. A past period stays in the units and the "
                    + "cluster of that period: how the clusters were regrouped after the 2025 merger is not known, so "
                    + "nothing here is regrouped (a province's series in today's map: getProvinceIndicatorSeries).\n\n"
                    + "Other representations by the Accept header:\n"
                    + "- `text/csv`: the indicator lines as CSV (UTF-8 with a byte order mark, for Excel);\n"
                    + "- `" + DocumentTypes.XLSX + "`: the same lines as an Excel workbook (typed cells);\n"
                    + "- `" + DocumentTypes.DOCX + "`: the cluster's review report (báo cáo sơ kết / tổng kết) as an "
                    + "editable Word draft in the form of Decree 30/2020/NĐ-CP: the cluster's totals, the members' figures "
                    + "with their ranks, charts, the movements of the year, the award work, the members' narratives "
                    + "(movements, limitations, tasks) and who is missing. Number and date are left for the office to fill;\n"
                    + "- `image/png`, `image/svg+xml`: a chart of the members' reports by state (how far the review has come).")
    @APIResponse(responseCode = "200", description = "The summary; as JSON, CSV, an Excel workbook, the review report "
            + "as a Word document, or a chart (PNG or SVG).", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterSummaryView.class),
                    examples = @ExampleObject(name = "Red River Delta, first half of 2023", value = """
                            {"clusterCode": "DBSH", "clusterName": "Cụm thi đua các tỉnh Đồng bằng sông Hồng", "period": "2023-H1",
                             "countedStatuses": ["ACCEPTED"],
                             "members": {"expected": 9, "notStarted": 0, "draft": 0, "submitted": 0, "returned": 0, "accepted": 9},
                             "missingMembers": [],
                             "indicators": [
                               {"indicatorCode": "BUDGET_REVENUE", "nameVi": "Thu ngân sách nhà nước trên địa bàn", "unit": "tỷ đồng",
                                "aggregation": "SUM", "higherIsBetter": true, "value": 116318, "reportCount": 9,
                                "minimum": {"provinceCode": "36", "provinceName": "Nam Định", "value": 5600},
                                "maximum": {"provinceCode": "22", "provinceName": "Quảng Ninh", "value": 24318}},
                               {"indicatorCode": "NTM_COMMUNES", "nameVi": "Số xã đạt chuẩn nông thôn mới", "unit": "xã",
                                "aggregation": "SUM", "higherIsBetter": true, "value": 1340, "reportCount": 9,
                                "minimum": {"provinceCode": "35", "provinceName": "Hà Nam", "value": 83},
                                "maximum": {"provinceCode": "34", "provinceName": "Thái Bình", "value": 242}},
                               {"indicatorCode": "PCI", "nameVi": "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "unit": "điểm",
                                "aggregation": "LIST", "higherIsBetter": true, "reportCount": 0}]}""")),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Red River Delta, first half of 2023", value = """
                            Mã chỉ tiêu,Chỉ tiêu,Đơn vị,Cách tổng hợp,Giá trị của cụm,Số báo cáo,Thấp nhất - mã tỉnh,Thấp nhất - tỉnh,Thấp nhất - giá trị,Cao nhất - mã tỉnh,Cao nhất - tỉnh,Cao nhất - giá trị
                            BUDGET_REVENUE,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,SUM,116318,9,36,Nam Định,5600,22,Quảng Ninh,24318
                            NTM_COMMUNES,Số xã đạt chuẩn nông thôn mới,xã,SUM,1340,9,35,Hà Nam,83,34,Thái Bình,242
                            """)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentTypes.SVG, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = Period.DESCRIPTION, example = "2023-H1",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @PathParam("period") String period,
            @Parameter(description = INCLUDE) @QueryParam("include") Inclusion include,
            @Context HttpHeaders headers) {
        String type = DocumentTypes.negotiate(headers, OFFERS);
        Object answer = type.equals(DocumentTypes.DOCX) ? reviewReports.compile(code, period, include)
                : statistics.summary(code, period, include);
        return Response.ok(answer, type).build();
    }
}
