package vn.thidua.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    private final TieVoteService tieVotes;

    public ScoreRankingResource(ScoreRankingService ranking, TieVoteService tieVotes) {
        this.ranking = ranking;
        this.tieVotes = tieVotes;
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getClusterScores", summary = "The ranking of the year by the confirmed scores")
    @APIResponse(responseCode = "200", description = "The ranking; as JSON, CSV or an Excel workbook.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreRankingView.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public ScoreRankingView get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year) {
        return ranking.ranking(code, year);
    }

    @POST
    @Path("/{year}/tie-votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "recordTieVote", summary = "Record the vote that breaks a tie in the ranking")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TieVoteInput.class)))
    @APIResponse(responseCode = "200", description = "The ranking with the vote applied.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreRankingView.class)))
    public ScoreRankingView recordTieVote(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @Valid @NotNull TieVoteInput body) {
        return tieVotes.record(code, year, body);
    }
}
