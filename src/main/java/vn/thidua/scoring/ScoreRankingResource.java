package vn.thidua.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/clusters/{code}/scores")
@Tag(name = "Scoring")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX})
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ScoreRankingResource {

    private final ScoreRankingService ranking;

    public ScoreRankingResource(ScoreRankingService ranking) {
        this.ranking = ranking;
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getClusterScores", summary = "The ranking of the year by the confirmed scores",
            description = "The members' final points (criteria plus bonuses minus penalties, as agreed at the review), "
                    + "computed by the database from the CONFIRMED scorecards only, ranked first to last: by total "
                    + "points, then by each step of the scheme's tie rule in order; members equal in all of them share "
                    + "the rank (1, 2, 2, 4). `leader` names the member ranked first alone. The Government Emulation "
                    + "Flag nomination of the cluster for the year follows this ranking (see the award recommendations' "
                    + "submit and vote).\n\nOther representations by the Accept header: `text/csv` (UTF-8 with a byte "
                    + "order mark) and `" + DocumentTypes.XLSX + "` (an Excel workbook, typed cells).")
    @APIResponse(responseCode = "200", description = "The ranking; as JSON, CSV or an Excel workbook.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreRankingView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster, 2023", value = """
                            {"clusterCode": "DBSH", "year": 2023, "schemeTitle": "Bảng chấm điểm thi đua Cụm năm 2023",
                             "tieRule": [{"kind": "MAXIMUM_SCORES"}, {"kind": "INDICATOR", "indicatorCode": "BUDGET_REVENUE"}],
                             "members": 9,
                             "entries": [
                               {"rank": 1, "provinceCode": "36", "provinceName": "Nam Định", "totalPoints": 101,
                                "criteriaPoints": 98, "bonusPoints": 3, "penaltyPoints": 0, "maximumScores": 4,
                                "tieBreakerValues": [{"value": 4}, {"value": 8950}]},
                               {"rank": 2, "provinceCode": "34", "provinceName": "Thái Bình", "totalPoints": 99.5,
                                "criteriaPoints": 97, "bonusPoints": 3, "penaltyPoints": 0.5, "maximumScores": 3,
                                "tieBreakerValues": [{"value": 3}, {}]}],
                             "leader": {"provinceCode": "36", "provinceName": "Nam Định"}, "firstPlaceShared": false,
                             "notConfirmed": []}""")),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "The Red River Delta cluster, 2023", value = """
                            Hạng,Mã tỉnh,Tỉnh,Tổng điểm,Điểm tiêu chí,Điểm thưởng,Điểm trừ,Số tiêu chí đạt điểm tối đa,Tiêu chí phụ 1 (số tiêu chí đạt tối đa),Tiêu chí phụ 2 (BUDGET_REVENUE)
                            1,36,Nam Định,101,98,3,0,4,4,8950
                            2,34,Thái Bình,99.5,97,3,0.5,3,3,
                            """)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no scoring scheme for the year.")
    public ScoreRankingView get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year) {
        return ranking.ranking(code, year);
    }
}
