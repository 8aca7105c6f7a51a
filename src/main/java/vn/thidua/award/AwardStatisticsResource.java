package vn.thidua.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.CsvWriter;
import vn.thidua.common.Roles;
import vn.thidua.document.DocumentTypes;

@Path("/api/v1/statistics/awards")
@Tag(name = "Award statistics")
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class AwardStatisticsResource {

    static final String CSV = CsvWriter.TEXT_CSV;
    static final String GROUP_BY_PATTERN = "^(awardType|status|province|cluster|kind|year)(,(awardType|status|province|cluster|kind|year)){0,5}$";

    private final AwardStatisticsService statistics;

    public AwardStatisticsResource(AwardStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, DocumentTypes.XLSX})
    @Operation(operationId = "getAwardStatistics", summary = "Count award recommendations by any dimensions",
            description = "Counts of recommendations matching the filters, grouped by any combination of `awardType`, "
                    + "`status`, `province` (the nominee's), `cluster`, `kind` and `year` (comma-separated, in the order "
                    + "the rows are sorted by), and totals: how many, how many ad hoc, how many to individuals and how "
                    + "many of those to direct workers, with the share, both for all matching recommendations and for "
                    + "those APPROVED (the awards). Computed by the database. At most 10,000 rows (422 beyond: filter or "
                    + "group by less). With `Accept: text/csv` the rows come as CSV (RFC 4180, UTF-8 with a byte-order "
                    + "mark, a header row; no totals); with `Accept: " + DocumentTypes.XLSX + "` the same rows as an Excel "
                    + "workbook (counts as numbers).")
    @APIResponse(responseCode = "200", description = "The statistics.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardStatisticsView.class),
                    examples = @ExampleObject(name = "Red River Delta cluster, 2023, by award type and status", value = """
                            {"groupBy": ["awardType", "status"],
                             "rows": [
                               {"awardType": "GOV_EMULATION_FLAG", "awardTypeName": "Cờ thi đua của Chính phủ", "status": "APPROVED", "count": 1},
                               {"awardType": "PM_CERTIFICATE_OF_MERIT", "awardTypeName": "Bằng khen của Thủ tướng Chính phủ", "status": "FORWARDED", "count": 1},
                               {"awardType": "PROVINCIAL_CERTIFICATE_OF_MERIT", "awardTypeName": "Bằng khen cấp bộ, ban, ngành, tỉnh", "status": "SUBMITTED", "count": 2}],
                             "totals": {
                               "recommendations": {"count": 4, "adHoc": 1, "individuals": 2, "directWorkers": 1, "directWorkerShare": 0.5},
                               "awards": {"count": 1, "adHoc": 0, "individuals": 0, "directWorkers": 0}}}""")),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "By award type and status, as CSV", value = "awardType,awardTypeName,status,count\r\n"
                            + "GOV_EMULATION_FLAG,Cờ thi đua của Chính phủ,APPROVED,1\r\n"
                            + "PM_CERTIFICATE_OF_MERIT,Bằng khen của Thủ tướng Chính phủ,FORWARDED,1\r\n"
                            + "PROVINCIAL_CERTIFICATE_OF_MERIT,\"Bằng khen cấp bộ, ban, ngành, tỉnh\",SUBMITTED,2\r\n")),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))})
    @APIResponse(responseCode = "404", description = "No cluster has the code given as a filter.")
    @APIResponse(responseCode = "422", description = "More than 10,000 groups.")
    public AwardStatisticsView get(
            @Parameter(description = "Dimensions to group by, comma-separated: awardType, status, province (the nominee's), "
                    + "cluster, kind, year. Without it, one row with the count of all.", example = "awardType,status")
            @QueryParam("groupBy") @Size(max = 100) @Pattern(regexp = GROUP_BY_PATTERN,
                    message = "must be dimensions among awardType, status, province, cluster, kind, year, comma-separated")
            String groupBy,
            @Parameter(description = "Only this cluster (code).", example = "DBSH") @QueryParam("cluster") @Size(max = 20) String cluster,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this status, e.g. APPROVED for the awards granted.")
            @QueryParam("status") RecommendationStatus status,
            @Parameter(description = "With groupBy=province: count each nominee under the unit that holds its province's "
                    + "place on this day (YYYY-MM-DD): Nam Định's 2023 awards count under today's Ninh Bình (37).",
                    example = "2026-12-01") @QueryParam("asOf") LocalDate asOf) {
        return statistics.compute(groupBy, cluster, year, status, asOf);
    }
}
