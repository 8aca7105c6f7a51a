package vn.thidua.covenant;

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

@Path("/api/v1/clusters/{code}/covenants")
@Tag(name = "Covenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class CovenantResource {

    private static final String ITEMS_INPUT = """
            [{"text": "Phấn đấu thu ngân sách nhà nước trên địa bàn vượt dự toán được giao.", "indicatorCode": "BUDGET_REVENUE", "targetValue": 230000},
              {"text": "Phấn đấu toàn Cụm có ít nhất 1.400 xã đạt chuẩn nông thôn mới.", "indicatorCode": "NTM_COMMUNES", "targetValue": 1400},
              {"text": "Tổ chức tốt các phong trào thi đua; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến."}]""";
    private static final String ITEMS = """
            [{"text": "Phấn đấu thu ngân sách nhà nước trên địa bàn vượt dự toán được giao.", "indicatorCode": "BUDGET_REVENUE",
               "unit": "tỷ đồng", "targetValue": 230000},
              {"text": "Phấn đấu toàn Cụm có ít nhất 1.400 xã đạt chuẩn nông thôn mới.", "indicatorCode": "NTM_COMMUNES",
               "unit": "xã", "targetValue": 1400},
              {"text": "Tổ chức tốt các phong trào thi đua; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến."}]""";
    private static final String HEAD = """
            {"clusterCode": "DBSH", "year": 2023, "title": "Giao ước thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng",
             "status": """;
    static final String DRAFT = HEAD + "\"DRAFT\", \"revision\": 0, \"currentRevision\": 0,\n \"items\": " + ITEMS
            + ",\n \"allowedActions\": [\"update\", \"sign\"], \"createdAt\": \"2023-03-10T02:00:00Z\", \"updatedAt\": \"2023-03-10T02:00:00Z\"}";
    private static final String SIGNING = """
            ,
             "signing": {"signedOn": "2023-03-29", "place": "Thành phố Thái Bình",
               "hostProvince": {"id": 22, "code": "34", "name": "Thái Bình", "validTo": "2025-06-30"},
               "signatories": [
                 {"province": {"id": 22, "code": "34", "name": "Thái Bình", "validTo": "2025-06-30"},
                  "name": "Lại Văn Hoàn", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"},
                 {"province": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"},
                  "name": "Trần Xuân Dưỡng", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam"},
                 {"province": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
                  "name": "Hà Lan Anh", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định"}]},
             "allowedActions": ["amend"], "createdAt": "2023-03-10T02:00:00Z", "updatedAt": "2023-03-29T03:00:00Z"}""";
    static final String SIGNED = HEAD + "\"SIGNED\", \"revision\": 0, \"currentRevision\": 0,\n \"items\": " + ITEMS + SIGNING;
    static final String AMENDED = HEAD + "\"SIGNED\", \"revision\": 1, \"currentRevision\": 1,\n \"items\": " + ITEMS + SIGNING;
    private static final String WHO = "Officers of the cluster's head province that year (or of the unit that took it over), "
            + "or central staff (403 otherwise).";
    private static final String YEAR = "The emulation year.";

    private final CovenantService covenants;
    private final Idempotency idempotency;

    public CovenantResource(CovenantService covenants, Idempotency idempotency) {
        this.covenants = covenants;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listCovenants", summary = "List a cluster's covenants",
            description = "The cluster's covenants, newest year first, each with the items in force.")
    @APIResponse(responseCode = "200", description = "One page of covenants.", content = @Content(
            schema = @Schema(implementation = CovenantView.Page.class), examples = @ExampleObject(
                    name = "The Red River Delta cluster's 2023 covenant",
                    value = "{\"items\": [" + SIGNED + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    public PageView<CovenantView> list(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @BeanParam PageRequest page) {
        return covenants.list(code, page);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCovenant", summary = "Read a cluster's covenant for a year",
            description = "The covenant with the items in force, or those of an earlier revision (`revision`: 0 is the "
                    + "one signed), and its signing. The ETag header carries its version, for If-Match on writes.")
    @APIResponse(responseCode = "200", description = "The covenant.",
            headers = @Header(name = "ETag", description = "The covenant's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CovenantView.class),
                    examples = @ExampleObject(name = "The Red River Delta cluster's 2023 covenant, signed", value = SIGNED)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, it has no covenant for the year, or no such revision.")
    public Response get(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @Parameter(description = "The revision of the items to show; default the one in force.", example = "0")
            @QueryParam("revision") @Min(0) @Max(1000) Integer revision) {
        return covenants.read(code, year, revision).ok();
    }

    @GET
    @Path("/{year}/history")
    @Operation(operationId = "listCovenantHistory", summary = "Read a covenant's history",
            description = "Every step, oldest first: drafted, changed, signed, amended (with the reason).")
    @APIResponse(responseCode = "200", description = "One page of the history.", content = @Content(
            schema = @Schema(implementation = CovenantStepView.Page.class), examples = @ExampleObject(name = "Signed, then amended",
                    value = """
                            {"items": [
                              {"action": "CREATE", "statusAfter": "DRAFT", "actorSubject": "can-bo-tdkt@thaibinh.gov.vn",
                               "actorRole": "province", "actorProvinceCode": "34", "at": "2023-03-10T02:00:00Z"},
                              {"action": "SIGN", "statusBefore": "DRAFT", "statusAfter": "SIGNED",
                               "actorSubject": "can-bo-tdkt@thaibinh.gov.vn", "actorRole": "province", "actorProvinceCode": "34",
                               "at": "2023-03-29T03:00:00Z"},
                              {"action": "AMEND", "statusBefore": "SIGNED", "statusAfter": "SIGNED",
                               "actorSubject": "can-bo-tdkt@thaibinh.gov.vn", "actorRole": "province", "actorProvinceCode": "34",
                               "at": "2023-07-26T03:00:00Z",
                               "note": "Điều chỉnh chỉ tiêu xã đạt chuẩn nông thôn mới theo kế hoạch được Trung ương giao bổ sung."}],
                             "page": 0, "size": 20, "total": 3}""")))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no covenant for the year.")
    public PageView<CovenantStepView> history(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @BeanParam PageRequest page) {
        return covenants.history(code, year, page);
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createCovenant", summary = "Draft a cluster's covenant for a year",
            description = "Drafts the covenant (giao ước thi đua) the members will sign: its emulation items, each a "
                    + "text and optionally a target value of an indicator of the catalog (in the indicator's unit and "
                    + "range; 422 naming the item otherwise). " + WHO + " One covenant per cluster and year: a second is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantCreate.class),
            examples = @ExampleObject(name = "The Red River Delta cluster's 2023 covenant", value = "{\"year\": 2023, "
                    + "\"title\": \"Giao ước thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng\",\n \"items\": "
                    + ITEMS_INPUT + "}")))
    @APIResponse(responseCode = "201", description = "Drafted; Location points at the covenant.",
            headers = {
                    @Header(name = "Location", description = "Address of the covenant.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The covenant's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CovenantView.class),
                    examples = @ExampleObject(name = "Drafted", value = DRAFT)))
    @APIResponse(responseCode = "404", description = "No cluster has this code.")
    @APIResponse(responseCode = "409", description = "The cluster already has a covenant for the year.")
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown indicator, or a target out of its range.")
    public Response create(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CovenantCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createCovenant", List.of(code, body), () -> covenants.create(code, body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.year())).build());
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateCovenant", summary = "Replace a draft covenant",
            description = "Replaces the title and items of a DRAFT covenant. " + WHO + " A signed covenant never changes "
                    + "(409): amend it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantUpdate.class),
            examples = @ExampleObject(name = "The draft corrected", value = "{\"title\": \"Giao ước thi đua năm 2023 của Cụm thi "
                    + "đua các tỉnh Đồng bằng sông Hồng\",\n \"items\": " + ITEMS_INPUT + "}")))
    @APIResponse(responseCode = "200", description = "The replaced draft.",
            headers = @Header(name = "ETag", description = "The covenant's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CovenantView.class),
                    examples = @ExampleObject(name = "Drafted", value = DRAFT)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no covenant for the year.")
    @APIResponse(responseCode = "409", description = "The covenant is signed; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown indicator, or a target out of its range.")
    public Response update(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CovenantUpdate body) {
        return covenants.update(code, year, ifMatch, body).ok();
    }

    @POST
    @Path("/{year}/sign")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "signCovenant", summary = "Record the signing of a covenant",
            description = "DRAFT → SIGNED: the day (early in the year, or late in the year before), the place, the host "
                    + "province (a member) and one signatory, with name and title, for every member of the cluster that "
                    + "year (422 naming what is missing). " + WHO + " From now on the covenant never changes: the "
                    + "database refuses it; an amendment adds a new revision.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantSigning.class),
            examples = @ExampleObject(name = "Signed in Thái Bình", value = """
                    {"signedOn": "2023-03-29", "place": "Thành phố Thái Bình", "hostProvinceCode": "34",
                     "signatories": [
                       {"provinceCode": "34", "name": "Lại Văn Hoàn", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"},
                       {"provinceCode": "35", "name": "Trần Xuân Dưỡng", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam"},
                       {"provinceCode": "36", "name": "Hà Lan Anh", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định"}],
                     "note": "Ký kết tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022."}""")))
    @APIResponse(responseCode = "200", description = "The signed covenant.",
            headers = @Header(name = "ETag", description = "The covenant's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CovenantView.class),
                    examples = @ExampleObject(name = "Signed", value = SIGNED)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no covenant for the year.")
    @APIResponse(responseCode = "409", description = "The covenant is already signed; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "Invalid fields, a signatory or host that is not a member, a member "
            + "without signatory, or a day outside the year's start.")
    public Response sign(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CovenantSigning body) {
        return covenants.sign(code, year, ifMatch, body).ok();
    }

    @POST
    @Path("/{year}/amend")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "amendCovenant", summary = "Amend a signed covenant",
            description = "Adds a new revision of the items (all of them, as amended) with the reason, which the history "
                    + "keeps; the revisions before stay readable (`?revision=0` is the one signed). " + WHO
                    + " A draft is replaced instead (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CovenantAmendment.class),
            examples = @ExampleObject(name = "A target raised", value = "{\"reason\": \"Điều chỉnh chỉ tiêu xã đạt chuẩn nông thôn "
                    + "mới theo kế hoạch được Trung ương giao bổ sung.\",\n \"items\": " + ITEMS_INPUT + "}")))
    @APIResponse(responseCode = "200", description = "The amended covenant: its new revision.",
            headers = @Header(name = "ETag", description = "The covenant's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CovenantView.class),
                    examples = @ExampleObject(name = "Amended", value = AMENDED)))
    @APIResponse(responseCode = "404", description = "No cluster has this code, or it has no covenant for the year.")
    @APIResponse(responseCode = "409", description = "The covenant is not signed; the problem lists the allowed actions.")
    @APIResponse(responseCode = "422", description = "No reason, invalid items, an unknown indicator, or a target out of its range.")
    public Response amend(
            @Parameter(description = "Cluster code.", example = "DBSH") @PathParam("code") String code,
            @Parameter(description = YEAR, example = "2023") @PathParam("year") @Min(1945) @Max(2100) int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CovenantAmendment body) {
        return covenants.amend(code, year, ifMatch, body).ok();
    }
}
