package vn.thidua.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/clusters/{code}/scoring-schemes")
@Tag(name = "Scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ScoringSchemeResource {

    static final String CONTENT = """
            "title": "Bảng chấm điểm thi đua Cụm năm 2023",
             "groups": [
               {"code": "I", "name": "Thực hiện các chỉ tiêu kinh tế - xã hội", "criteria": [
                 {"code": "I.1", "name": "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán", "maxPoints": 20},
                 {"code": "I.2", "name": "Xây dựng nông thôn mới đạt và vượt kế hoạch", "maxPoints": 20},
                 {"code": "I.3", "name": "Giảm tỷ lệ hộ nghèo theo kế hoạch", "maxPoints": 20}]},
               {"code": "II", "name": "Công tác thi đua, khen thưởng", "criteria": [
                 {"code": "II.1", "name": "Tổ chức các phong trào thi đua, phát hiện và nhân rộng điển hình tiên tiến", "maxPoints": 20},
                 {"code": "II.2", "name": "Thực hiện giao ước thi đua và chế độ báo cáo của Cụm", "maxPoints": 20}]}],
             "bonuses": [{"code": "T.1", "name": "Có mô hình, cách làm hay được Trung ương biểu dương", "maxPoints": 5}],
             "penalties": [{"code": "TR.1", "name": "Gửi báo cáo chậm so với quy định", "maxPoints": 5}],
             "tieRule": [{"kind": "MAXIMUM_SCORES"}, {"kind": "INDICATOR", "indicatorCode": "BUDGET_REVENUE"}]""";
    static final String VIEW = """
            {"clusterCode": "DBSH", "year": 2023, "title": "Bảng chấm điểm thi đua Cụm năm 2023",
             "groups": [
               {"code": "I", "name": "Thực hiện các chỉ tiêu kinh tế - xã hội", "maxPoints": 60, "criteria": [
                 {"code": "I.1", "name": "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán", "maxPoints": 20},
                 {"code": "I.2", "name": "Xây dựng nông thôn mới đạt và vượt kế hoạch", "maxPoints": 20},
                 {"code": "I.3", "name": "Giảm tỷ lệ hộ nghèo theo kế hoạch", "maxPoints": 20}]},
               {"code": "II", "name": "Công tác thi đua, khen thưởng", "maxPoints": 40, "criteria": [
                 {"code": "II.1", "name": "Tổ chức các phong trào thi đua, phát hiện và nhân rộng điển hình tiên tiến", "maxPoints": 20},
                 {"code": "II.2", "name": "Thực hiện giao ước thi đua và chế độ báo cáo của Cụm", "maxPoints": 20}]}],
             "bonuses": [{"code": "T.1", "name": "Có mô hình, cách làm hay được Trung ương biểu dương", "maxPoints": 5}],
             "penalties": [{"code": "TR.1", "name": "Gửi báo cáo chậm so với quy định", "maxPoints": 5}],
             "maximumTotal": 105,
             "tieRule": [{"kind": "MAXIMUM_SCORES"}, {"kind": "INDICATOR", "indicatorCode": "BUDGET_REVENUE"}],
             "frozen": true, "createdAt": "2023-03-20T02:00:00Z", "updatedAt": "2024-01-10T03:00:00Z"}""";
    private static final String WHO = "Officers of the cluster's head province that year (or of the unit that took it "
            + "over), or central staff (403 otherwise).";

    private final ScoringSchemeService schemes;
    private final Idempotency idempotency;

    public ScoringSchemeResource(ScoringSchemeService schemes, Idempotency idempotency) {
        this.schemes = schemes;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listScoringSchemes", summary = "List a cluster's scoring schemes",
            description = "The cluster's scoring schemes, newest year first.")
    @APIResponse(responseCode = "200", description = "One page of schemes.", content = @Content(
            schema = @Schema(implementation = ScoringSchemeView.Page.class), examples = @ExampleObject(
                    name = "The Red River Delta cluster's scheme for 2023",
                    value = "{\"items\": [" + VIEW + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public PageView<ScoringSchemeView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return schemes.list(code, page);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getScoringScheme", summary = "Read a cluster's scoring scheme for a year",
            description = "The criteria in groups with their maximum points, the bonus and penalty items with their "
                    + "limits, the tie rule, and whether scoring has started (frozen). The ETag header carries its "
                    + "version, for If-Match on a replacement.")
    @APIResponse(responseCode = "200", description = "The scheme.",
            headers = @Header(name = "ETag", description = "The scheme's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScoringSchemeView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster's scheme for 2023", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no scheme for the year.")
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year) {
        return schemes.read(code, year).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createScoringScheme", summary = "Write a cluster's scoring scheme for a year",
            description = "Clusters write their own rules (quy định chấm điểm): criteria groups and criteria with maximum "
                    + "points, bonus items and penalty items with their limits, and the tie rule (e.g. more criteria at "
                    + "their maximum, then the higher budget revenue of the year). " + WHO + " Item codes are unique in "
                    + "the scheme; a tie rule names a group of the scheme or an indicator of the catalog (422 naming "
                    + "the field otherwise). One scheme per cluster and year: a second is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoringSchemeCreate.class),
            examples = @ExampleObject(name = "The Red River Delta cluster's scheme for 2023",
                    value = "{\"year\": 2023,\n " + CONTENT + "}")))
    @APIResponse(responseCode = "201", description = "Created; Location points at the scheme.",
            headers = {
                    @Header(name = "Location", description = "Address of the scheme.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The scheme's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ScoringSchemeView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster's scheme for 2023", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    @APIResponse(responseCode = "409", description = "The cluster already has a scheme for the year.")
    @APIResponse(responseCode = "422", description = "Invalid fields, a code named twice, or a tie rule naming an unknown "
            + "group or indicator.")
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ScoringSchemeCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createScoringScheme", List.of(code, body), () -> schemes.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.year())).build());
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "replaceScoringScheme", summary = "Replace a scoring scheme before scoring starts",
            description = "Replaces the whole scheme. " + WHO + " Once a member has created its scorecard the scheme is "
                    + "frozen (409): every card is scored against the same scheme.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoringSchemeUpdate.class),
            examples = @ExampleObject(name = "The Red River Delta cluster's scheme for 2023", value = "{" + CONTENT + "}")))
    @APIResponse(responseCode = "200", description = "The replaced scheme.",
            headers = @Header(name = "ETag", description = "The scheme's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScoringSchemeView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster's scheme for 2023", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no scheme for the year.")
    @APIResponse(responseCode = "409", description = "Scoring has started: the scheme is frozen.")
    @APIResponse(responseCode = "422", description = "Invalid fields, a code named twice, or a tie rule naming an unknown "
            + "group or indicator.")
    public Response replace(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = "The emulation year.", example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScoringSchemeUpdate body) {
        return schemes.replace(code, year, ifMatch, body).ok();
    }
}
