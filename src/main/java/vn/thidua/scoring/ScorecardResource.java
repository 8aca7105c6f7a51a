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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import vn.thidua.access.AccessPolicy;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/scorecards")
@Tag(name = "Scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ScorecardResource {

    private static final String LINES_INPUT = """
            [{"itemCode": "I.1", "points": 20, "evidence": "Thu ngân sách năm 2023 đạt 112% dự toán."},
              {"itemCode": "I.2", "points": 20, "evidence": "Toàn tỉnh đạt chuẩn nông thôn mới."},
              {"itemCode": "I.3", "points": 18, "evidence": "Tỷ lệ hộ nghèo giảm 0,4 điểm phần trăm."},
              {"itemCode": "II.1", "points": 20, "evidence": "Phát hiện, biểu dương 120 điển hình tiên tiến."},
              {"itemCode": "II.2", "points": 20},
              {"itemCode": "T.1", "points": 3, "evidence": "Mô hình hợp tác xã lúa chất lượng cao Hải Hậu."}]""";
    private static final String UNTIL_STATUS = """
            {"id": 12, "clusterCode": "DBSH", "province": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
             "year": 2023, "status": """;
    private static final String LINES_SELF = """
            ,
             "lines": [
               {"itemCode": "I.1", "itemName": "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán", "kind": "CRITERION",
                "groupCode": "I", "maxPoints": 20, "selfPoints": 20, "evidence": "Thu ngân sách năm 2023 đạt 112% dự toán."},
               {"itemCode": "I.2", "itemName": "Xây dựng nông thôn mới đạt và vượt kế hoạch", "kind": "CRITERION",
                "groupCode": "I", "maxPoints": 20, "selfPoints": 20, "evidence": "Toàn tỉnh đạt chuẩn nông thôn mới."},
               {"itemCode": "T.1", "itemName": "Có mô hình, cách làm hay được Trung ương biểu dương", "kind": "BONUS",
                "maxPoints": 5, "selfPoints": 3, "evidence": "Mô hình hợp tác xã lúa chất lượng cao Hải Hậu."}],
             "selfTotal": 43""";
    private static final String LINES_AGREED = """
            ,
             "lines": [
               {"itemCode": "I.1", "itemName": "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán", "kind": "CRITERION",
                "groupCode": "I", "maxPoints": 20, "selfPoints": 20, "evidence": "Thu ngân sách năm 2023 đạt 112% dự toán.",
                "agreedPoints": 20},
               {"itemCode": "I.2", "itemName": "Xây dựng nông thôn mới đạt và vượt kế hoạch", "kind": "CRITERION",
                "groupCode": "I", "maxPoints": 20, "selfPoints": 20, "evidence": "Toàn tỉnh đạt chuẩn nông thôn mới.",
                "agreedPoints": 20},
               {"itemCode": "T.1", "itemName": "Có mô hình, cách làm hay được Trung ương biểu dương", "kind": "BONUS",
                "maxPoints": 5, "selfPoints": 3, "evidence": "Mô hình hợp tác xã lúa chất lượng cao Hải Hậu.",
                "agreedPoints": 2, "reviewReason": "Mô hình được biểu dương cấp tỉnh, chưa được Trung ương biểu dương."}],
             "selfTotal": 43, "agreedTotal": 42""";
    private static final String TIMES = """
            , "createdAt": "2024-01-10T03:00:00Z", "updatedAt": "2024-03-20T03:00:00Z"}""";
    static final String DRAFT = UNTIL_STATUS + "\"DRAFT\"" + LINES_SELF + ", \"allowedActions\": [\"update\", \"submit\"]" + TIMES;
    static final String SUBMITTED = UNTIL_STATUS + "\"SUBMITTED\"" + LINES_SELF + ", \"allowedActions\": [\"review\", \"return\"]"
            + TIMES;
    static final String RETURNED = UNTIL_STATUS + "\"RETURNED\"" + LINES_SELF + ", \"allowedActions\": [\"update\", \"submit\"],"
            + "\n \"returnReason\": \"Đề nghị bổ sung minh chứng tiêu chí I.1.\"" + TIMES;
    static final String REVIEWED = UNTIL_STATUS + "\"REVIEWED\"" + LINES_AGREED
            + ", \"allowedActions\": [\"confirm\", \"review\", \"return\"]" + TIMES;
    static final String CONFIRMED = UNTIL_STATUS + "\"CONFIRMED\"" + LINES_AGREED + ", \"allowedActions\": []" + TIMES;
    private static final String ETAG = "The scorecard's new version, for If-Match on the next write.";
    private static final String ID = "Scorecard id.";
    private static final String NOT_FOUND = "No scorecard has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".";

    private final ScorecardService scorecards;
    private final Idempotency idempotency;

    public ScorecardResource(ScorecardService scorecards, Idempotency idempotency) {
        this.scorecards = scorecards;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listScorecards", summary = "List scorecards",
            description = "Scorecards filtered by cluster, year, province and status, newest year first, then by cluster "
                    + "and province code. A province officer sees their own province's drafts and other members' cards "
                    + "once submitted.")
    @APIResponse(responseCode = "200", description = "One page of scorecards.", content = @Content(
            schema = @Schema(implementation = ScorecardView.Page.class), examples = @ExampleObject(name = "Nam Định, 2023",
                    value = "{\"items\": [" + CONFIRMED + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public PageView<ScorecardView> list(
            @Parameter(description = "Only cards of this cluster.", example = "DBSH") @QueryParam("cluster") String cluster,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only cards of provinces with this code.", example = "36") @QueryParam("province") String province,
            @Parameter(description = "Only cards in this status.") @QueryParam("status") ScorecardStatus status,
            @BeanParam PageRequest page) {
        return scorecards.list(cluster, year, province, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScorecard", summary = "Read a scorecard",
            description = "The card with the member's points and evidence and, once reviewed, the agreed points with the "
                    + "reasons for changes. The ETag header carries its version, for If-Match on updates and actions.")
    @APIResponse(responseCode = "200", description = "The scorecard.",
            headers = @Header(name = "ETag", description = "The scorecard's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, 2023, reviewed", value = REVIEWED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response get(@Parameter(description = ID, example = "12") @PathParam("id") long id) {
        return scorecards.read(id).ok();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listScorecardHistory", summary = "Read a scorecard's history",
            description = "Every step of the card, oldest first: created, updated, submitted, returned (with the reason), "
                    + "reviewed, confirmed; who did it, in which role, when.")
    @APIResponse(responseCode = "200", description = "One page of the history.", content = @Content(
            schema = @Schema(implementation = ScorecardStepView.Page.class), examples = @ExampleObject(name = "Reviewed",
                    value = """
                            {"items": [
                              {"action": "CREATE", "statusAfter": "DRAFT", "actorSubject": "can-bo-tdkt@ninhbinh.gov.vn",
                               "actorRole": "province", "actorProvinceCode": "37", "at": "2024-01-10T03:00:00Z"},
                              {"action": "SUBMIT", "statusBefore": "DRAFT", "statusAfter": "SUBMITTED",
                               "actorSubject": "can-bo-tdkt@ninhbinh.gov.vn", "actorRole": "province", "actorProvinceCode": "37",
                               "at": "2024-01-12T03:00:00Z"},
                              {"action": "REVIEW", "statusBefore": "SUBMITTED", "statusAfter": "REVIEWED",
                               "actorSubject": "can-bo-tdkt@hungyen.gov.vn", "actorRole": "province", "actorProvinceCode": "33",
                               "at": "2024-03-20T03:00:00Z", "note": "Thẩm định tại hội nghị tổng kết Cụm ngày 20/3/2024."}],
                             "page": 0, "size": 20, "total": 3}""")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PageView<ScorecardStepView> history(
            @Parameter(description = ID, example = "12") @PathParam("id") long id, @BeanParam PageRequest page) {
        return scorecards.history(id, page);
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createScorecard", summary = "Start a member's scorecard (self-assessment)",
            description = "Creates the DRAFT scorecard of a member for the year, scored against the cluster's scheme of "
                    + "that year (422 when it has none). A province officer creates their own province's card (403 "
                    + "otherwise); central staff any member's. Each line scores one item of the scheme from 0 to its "
                    + "maximum: points out of range are a 422 naming the line and the criterion (lines[2].points: "
                    + "\"criterion I.3 (...) scores from 0 to 20, not 25\"). The first card freezes the scheme. One card "
                    + "per member and year: a second is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScorecardCreate.class),
            examples = @ExampleObject(name = "Nam Định scores itself for 2023", value = "{\"clusterCode\": \"DBSH\", "
                    + "\"provinceCode\": \"36\", \"year\": 2023,\n \"lines\": " + LINES_INPUT + "}")))
    @APIResponse(responseCode = "201", description = "Created; Location points at the scorecard.",
            headers = {
                    @Header(name = "Location", description = "Address of the new scorecard.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The scorecard's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, 2023, draft", value = DRAFT)))
    @APIResponse(responseCode = "409", description = "The member already has a scorecard for the year.")
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown cluster or item, points out of the item's "
            + "range, a province that is not a member that year, or no scheme for the year.")
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ScorecardCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createScorecard", body, () -> scorecards.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateScorecard", summary = "Replace a scorecard's self-assessment",
            description = "Replaces every line of a DRAFT or RETURNED card (409 naming the allowed actions otherwise). "
                    + "Officers of the member province, or central staff.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScorecardUpdate.class),
            examples = @ExampleObject(name = "Nam Định corrects its card", value = "{\"lines\": " + LINES_INPUT + "}")))
    @APIResponse(responseCode = "200", description = "The updated scorecard.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, returned and corrected", value = RETURNED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The card is not DRAFT or RETURNED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown item, or points out of the item's range.")
    public Response update(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScorecardUpdate input) {
        return scorecards.update(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "submitScorecard", summary = "Submit a scorecard to the cluster head",
            description = "DRAFT or RETURNED → SUBMITTED. Officers of the member province, or central staff. Every "
                    + "criterion of the scheme must be scored (422 naming the missing ones). Clears the return reason. "
                    + "From now on the other members see the card.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardNote.class),
            examples = @ExampleObject(name = "With a note", value = "{\"note\": \"Đã bổ sung minh chứng theo yêu cầu của Cụm trưởng.\"}")))
    @APIResponse(responseCode = "200", description = "The submitted scorecard.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, submitted", value = SUBMITTED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The card is not DRAFT or RETURNED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "A criterion is not scored, or the note is too long.")
    public Response submit(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardNote input) {
        return scorecards.submit(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "reviewScorecard", summary = "Review a scorecard: set the agreed points",
            description = "SUBMITTED or REVIEWED → REVIEWED. " + AccessPolicy.CLUSTER_DECISION + " Items not listed keep "
                    + "the member's own points (on a first review) or the agreed points so far; a changed item needs its "
                    + "reason (422 naming changes[i].reason), which the member reads on the card.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardReview.class),
            examples = @ExampleObject(name = "One bonus lowered", value = """
                    {"changes": [{"itemCode": "T.1", "points": 2,
                                  "reason": "Mô hình được biểu dương cấp tỉnh, chưa được Trung ương biểu dương."}],
                     "note": "Thẩm định tại hội nghị tổng kết Cụm ngày 20/3/2024."}""")))
    @APIResponse(responseCode = "200", description = "The reviewed scorecard.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, reviewed", value = REVIEWED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The card is not SUBMITTED or REVIEWED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "An unknown item, points out of the item's range, or a change without its reason.")
    public Response review(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardReview input) {
        return scorecards.review(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "confirmScorecard", summary = "Confirm a scorecard's final points",
            description = "REVIEWED → CONFIRMED, final: the agreed points count in the ranking of the year. "
                    + AccessPolicy.CLUSTER_DECISION)
    @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardNote.class),
            examples = @ExampleObject(name = "Confirmed at the year-end review",
                    value = "{\"note\": \"Hội nghị tổng kết Cụm thống nhất kết quả chấm điểm năm 2023.\"}")))
    @APIResponse(responseCode = "200", description = "The confirmed scorecard.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, confirmed", value = CONFIRMED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The card is not REVIEWED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "The note is too long.")
    public Response confirm(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardNote input) {
        return scorecards.confirm(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "returnScorecard", summary = "Return a scorecard for correction",
            description = "SUBMITTED or REVIEWED → RETURNED, with the reason in `note` (required). "
                    + AccessPolicy.CLUSTER_DECISION + " The card shows the reason until it is submitted again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScorecardNote.class),
            examples = @ExampleObject(name = "Evidence missing", value = "{\"note\": \"Đề nghị bổ sung minh chứng tiêu chí I.1.\"}")))
    @APIResponse(responseCode = "200", description = "The returned scorecard.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScorecardView.class),
                    examples = @ExampleObject(name = "Nam Định, returned", value = RETURNED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The card is not SUBMITTED or REVIEWED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "No reason given, or it is too long.")
    public Response returnToMember(
            @Parameter(description = ID, example = "12") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ScorecardNote input) {
        return scorecards.returnToMember(id, ifMatch, input).ok();
    }
}
