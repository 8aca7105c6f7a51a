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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    @Operation(operationId = "getAwardStatistics", summary = "Count award recommendations by any dimensions")
    @APIResponse(responseCode = "200", description = "The statistics.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardStatisticsView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))})
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
