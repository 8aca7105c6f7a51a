package vn.thidua.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import vn.thidua.common.Versioned;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ReportResource {

    private static final String VALUES_EXAMPLE = """
            [{"indicatorCode": "BUDGET_REVENUE", "value": 8200}, {"indicatorCode": "TOTAL_SOCIAL_INVESTMENT", "value": 18000},
             {"indicatorCode": "NTM_COMMUNES", "value": 83}, {"indicatorCode": "POVERTY_RATE", "value": 1.52}]""";
    private static final String NARRATIVE_EXAMPLE = """
            "movementResults": "Phong trào “Cả nước chung sức xây dựng nông thôn mới” tiếp tục được triển khai sâu rộng.",
             "commendationWork": "Khen thưởng 412 tập thể, cá nhân; 58 trường hợp đột xuất; 41% là người lao động trực tiếp.",
             "limitations": "Việc phát hiện, nhân rộng điển hình tiên tiến có nơi còn chậm.",
             "nextTasks": "Tổ chức tổng kết phong trào thi đua năm 2023, đề xuất khen thưởng kịp thời.\"""";
    private static final String REPORT_UNTIL_STATUS = """
            {"id": 41, "clusterCode": "DBSH", "province": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"},
             "period": "2023-H1", "status": """;
    private static final String REPORT_CONTENT = """
            ,
             "values": [{"indicatorCode": "BUDGET_REVENUE", "unit": "tỷ đồng", "value": 8200},
                        {"indicatorCode": "TOTAL_SOCIAL_INVESTMENT", "unit": "tỷ đồng", "value": 18000},
                        {"indicatorCode": "NTM_COMMUNES", "unit": "xã", "value": 83},
                        {"indicatorCode": "POVERTY_RATE", "unit": "%", "value": 1.52}],
             "movementResults": "Phong trào “Cả nước chung sức xây dựng nông thôn mới” tiếp tục được triển khai sâu rộng.",
             "commendationWork": "Khen thưởng 412 tập thể, cá nhân; 58 trường hợp đột xuất; 41% là người lao động trực tiếp.",
             "limitations": "Việc phát hiện, nhân rộng điển hình tiên tiến có nơi còn chậm.",
             "nextTasks": "Tổ chức tổng kết phong trào thi đua năm 2023, đề xuất khen thưởng kịp thời.",
             "allowedActions": """;
    private static final String REPORT_TIMES = """
            , "createdAt": "2023-07-10T02:15:00Z", "updatedAt": "2023-07-18T08:30:00Z"}""";
    static final String DRAFT = REPORT_UNTIL_STATUS + "\"DRAFT\"" + REPORT_CONTENT + "[\"update\", \"submit\"]" + REPORT_TIMES;
    static final String SUBMITTED = REPORT_UNTIL_STATUS + "\"SUBMITTED\"" + REPORT_CONTENT + "[\"accept\", \"return\"]"
            + REPORT_TIMES;
    static final String RETURNED = REPORT_UNTIL_STATUS + "\"RETURNED\"" + REPORT_CONTENT + "[\"update\", \"submit\"]"
            + ",\n \"returnReason\": \"Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm.\"" + REPORT_TIMES;
    static final String ACCEPTED = REPORT_UNTIL_STATUS + "\"ACCEPTED\"" + REPORT_CONTENT + "[]" + REPORT_TIMES;
    private static final String ETAG = "The report's new version, for If-Match on the next write.";
    private static final String ID = "Report id.";

    private final ReportService reports;
    private final Idempotency idempotency;

    public ReportResource(ReportService reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List reports",
            description = "Reports filtered by cluster, province, period and status, newest period first, then by "
                    + "cluster and province code. A province officer sees their own province's drafts and other "
                    + "provinces' reports once submitted.")
    @APIResponse(responseCode = "200", description = "One page of reports.", content = @Content(
            schema = @Schema(implementation = ReportView.Page.class), examples = @ExampleObject(name = "Hà Nam, first half of 2023",
                    value = "{\"items\": [" + SUBMITTED + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public PageView<ReportView> list(
            @Parameter(description = "Only reports to this cluster.", example = "DBSH") @QueryParam("cluster") String cluster,
            @Parameter(description = "Only reports of provinces with this code.", example = "35") @QueryParam("province") String province,
            @Parameter(description = "Only this period (YEAR-H1 or YEAR-FY).", example = "2023-H1",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN)) @QueryParam("period") String period,
            @Parameter(description = "Only reports in this status.") @QueryParam("status") ReportStatus status,
            @BeanParam PageRequest page) {
        return reports.list(cluster, province, period, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Read a report",
            description = "The report with its values and narrative. The ETag header carries its version, for If-Match "
                    + "on updates and actions. Another province's draft is not readable by a province officer (403).")
    @APIResponse(responseCode = "200", description = "The report.",
            headers = @Header(name = "ETag", description = "The report's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "Hà Nam, first half of 2023, submitted", value = SUBMITTED)))
    @APIResponse(responseCode = "404", description = "No report has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    public Response get(@Parameter(description = ID, example = "41") @PathParam("id") long id) {
        return reports.read(id).ok();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listReportHistory", summary = "Read a report's history",
            description = "Every step of the report, oldest first: created, updated, submitted, returned (with the "
                    + "reason), accepted; who did it, in which role, when.")
    @APIResponse(responseCode = "200", description = "One page of the history.", content = @Content(
            schema = @Schema(implementation = ReportActionView.Page.class), examples = @ExampleObject(name = "Returned by the head",
                    value = """
                            {"items": [
                              {"action": "CREATE", "statusAfter": "DRAFT", "actorSubject": "can-bo-tdkt@hanam.gov.vn",
                               "actorRole": "province", "actorProvinceCode": "35", "at": "2023-07-10T02:15:00Z"},
                              {"action": "SUBMIT", "statusAfter": "SUBMITTED", "actorSubject": "can-bo-tdkt@hanam.gov.vn",
                               "actorRole": "province", "actorProvinceCode": "35", "at": "2023-07-12T01:00:00Z"},
                              {"action": "RETURN", "statusAfter": "RETURNED", "actorSubject": "can-bo-tdkt@thaibinh.gov.vn",
                               "actorRole": "province", "actorProvinceCode": "34", "at": "2023-07-14T03:00:00Z",
                               "note": "Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm."}],
                             "page": 0, "size": 20, "total": 3}""")))
    @APIResponse(responseCode = "404", description = "No report has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    public PageView<ReportActionView> history(
            @Parameter(description = ID, example = "41") @PathParam("id") long id, @BeanParam PageRequest page) {
        return reports.history(id, page);
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createReport", summary = "Start a report (draft)",
            description = "Creates the DRAFT report of a member province to its cluster for a period. A province officer "
                    + "creates reports of their own province only (403 otherwise); central staff for any member. "
                    + "Values are a list of {indicatorCode, value} in the indicator's unit (GET /api/v1/indicators): "
                    + "an unknown indicator, a decimal for a count, a negative amount or a percentage out of range is a "
                    + "422 naming the value (values[2].value). The period must have started (both YEAR-H1 and YEAR-FY "
                    + "start on 1 January). One report per member and period: a second one is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportCreate.class),
            examples = @ExampleObject(name = "Hà Nam, first half of 2023", value = "{\"clusterCode\": \"DBSH\", "
                    + "\"provinceCode\": \"35\", \"period\": \"2023-H1\",\n \"values\": " + VALUES_EXAMPLE + ",\n "
                    + NARRATIVE_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Created; Location points at the report.",
            headers = {
                    @Header(name = "Location", description = "Address of the new report.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The report's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "Hà Nam, first half of 2023, draft", value = DRAFT)))
    @APIResponse(responseCode = "409", description = "The province already has a report to this cluster for the period.")
    @APIResponse(responseCode = "422", description = "Invalid fields or values, an unknown cluster, a province that is not "
            + "a member that year, or a period that has not started.")
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ReportCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createReport", body, () -> reports.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateReport", summary = "Replace a report's values and narrative",
            description = "Replaces all values and narrative of a DRAFT or RETURNED report (409 naming the allowed "
                    + "actions otherwise). Officers of the reporting province, or central staff. A RETURNED report keeps "
                    + "its return reason until it is submitted again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportUpdate.class),
            examples = @ExampleObject(name = "Hà Nam corrects its figures", value = "{\"values\": " + VALUES_EXAMPLE
                    + ",\n " + NARRATIVE_EXAMPLE + "}")))
    @APIResponse(responseCode = "200", description = "The updated report.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "Hà Nam, returned and corrected", value = RETURNED)))
    @APIResponse(responseCode = "404", description = "No report has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = "The report is SUBMITTED or ACCEPTED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "Invalid fields or values.")
    public Response update(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReportUpdate input) {
        return reports.update(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "submitReport", summary = "Submit a report to the cluster head",
            description = "DRAFT or RETURNED → SUBMITTED. Officers of the reporting province, or central staff. "
                    + "Clears the return reason. The note is optional and goes into the history.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportActionInput.class),
            examples = @ExampleObject(name = "With a note", value = "{\"note\": \"Đã bổ sung số liệu theo yêu cầu của Cụm trưởng.\"}")))
    @APIResponse(responseCode = "200", description = "The submitted report.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "Hà Nam, submitted", value = SUBMITTED)))
    @APIResponse(responseCode = "404", description = "No report has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = "The report is already SUBMITTED or ACCEPTED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "The note is too long.")
    public Response submit(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ReportActionInput input) {
        return reports.submit(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "acceptReport", summary = "Accept a submitted report",
            description = "SUBMITTED → ACCEPTED, final. " + AccessPolicy.CLUSTER_DECISION
                    + " Accepted reports count in the cluster's summary.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportActionInput.class),
            examples = @ExampleObject(name = "With a note", value = "{\"note\": \"Tiếp nhận báo cáo sơ kết 6 tháng đầu năm 2023.\"}")))
    @APIResponse(responseCode = "200", description = "The accepted report.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "Hà Nam, accepted", value = ACCEPTED)))
    @APIResponse(responseCode = "404", description = "No report has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = "The report is not SUBMITTED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "The note is too long.")
    public Response accept(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ReportActionInput input) {
        return reports.accept(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "returnReport", summary = "Return a submitted report for correction",
            description = "SUBMITTED → RETURNED, with the reason in `note` (required). " + AccessPolicy.CLUSTER_DECISION
                    + " The report shows the reason until it is submitted again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportActionInput.class),
            examples = @ExampleObject(name = "Figures missing", value = "{\"note\": \"Đề nghị bổ sung số liệu thu ngân sách 6 tháng đầu năm.\"}")))
    @APIResponse(responseCode = "200", description = "The returned report.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "Hà Nam, returned", value = RETURNED)))
    @APIResponse(responseCode = "404", description = "No report has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = "The report is not SUBMITTED; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "No reason given, or it is too long.")
    public Response returnToProvince(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ReportActionInput input) {
        return reports.returnToProvince(id, ifMatch, input).ok();
    }
}
