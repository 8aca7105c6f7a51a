package vn.thidua.award;

import vn.thidua.access.AccessPolicy;
import vn.thidua.common.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
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
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Problem;
import vn.thidua.common.ProblemMapper;
import vn.thidua.common.Roles;
import vn.thidua.common.CsvWriter;
import vn.thidua.document.DocumentTypes;

@Path("/api/v1/award-recommendations")
@Tag(name = "Award recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class AwardRecommendationResource {

    static final String APPROVED_FLAG_EXAMPLE = """
            {"id": 1, "clusterCode": "DBSH", "year": 2023,
             "awardType": {"code": "GOV_EMULATION_FLAG", "name": "Cờ thi đua của Chính phủ"},
             "kind": "MERIT", "nomineeKind": "COLLECTIVE", "nomineeName": "Tỉnh Nam Định",
             "nomineeProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"}, "nomineeOrganisation": "Ủy ban nhân dân tỉnh Nam Định", "directWorker": false,
             "proposingProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
             "movement": {"code": "NONG-THON-MOI", "name": "Cả nước chung sức xây dựng nông thôn mới"},
             "achievements": "Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023; hoàn thành vượt mức các chỉ tiêu thu ngân sách và xây dựng nông thôn mới.",
             "status": "APPROVED",
             "vote": {"membersPresent": 9, "votesFor": 8, "votesAgainst": 1, "votesAbstaining": 0},
             "decision": {"number": "1234/QĐ-TTg", "date": "2024-10-14", "authority": "Thủ tướng Chính phủ"},
             "allowedActions": [], "createdAt": "2024-01-15T09:30:00+07:00", "updatedAt": "2024-10-15T08:00:00+07:00"}""";
    static final String DRAFT_EXAMPLE = """
            {"id": 2, "clusterCode": "DBSH", "year": 2023,
             "awardType": {"code": "PM_CERTIFICATE_OF_MERIT", "name": "Bằng khen của Thủ tướng Chính phủ"},
             "kind": "THEMATIC", "nomineeKind": "COLLECTIVE", "nomineeName": "Công ty TNHH FrieslandCampina Hà Nam",
             "nomineeProvince": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"}, "nomineeOrganisation": "Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam",
             "directWorker": false, "proposingProvince": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"},
             "movement": {"code": "NONG-THON-MOI", "name": "Cả nước chung sức xây dựng nông thôn mới"},
             "achievements": "Điển hình tiên tiến trong phong trào xây dựng nông thôn mới; hỗ trợ nông dân phát triển chăn nuôi bò sữa.",
             "status": "DRAFT", "allowedActions": ["submit", "withdraw"],
             "createdAt": "2024-01-16T14:00:00+07:00", "updatedAt": "2024-01-16T14:00:00+07:00"}""";
    static final String CREATE_EXAMPLE = """
            {"clusterCode": "DBSH", "year": 2023, "awardTypeCode": "PM_CERTIFICATE_OF_MERIT", "kind": "THEMATIC",
             "nomineeKind": "COLLECTIVE", "nomineeName": "Công ty TNHH FrieslandCampina Hà Nam", "nomineeProvinceCode": "35",
             "nomineeOrganisation": "Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam", "proposingProvinceCode": "35",
             "movementCode": "NONG-THON-MOI",
             "achievements": "Điển hình tiên tiến trong phong trào xây dựng nông thôn mới; hỗ trợ nông dân phát triển chăn nuôi bò sữa."}""";
    /** The types the list answers, in the order a wildcard in Accept picks them. */
    private static final List<String> LIST_OFFERS = List.of(MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX);
    static final String ILLUSTRATIVE = "The decision number is illustrative; the 2023 flag decision was signed on 2024-10-14.";
    static final String STATE_CONFLICT = "The current state does not allow this action (the problem's allowedActions names "
            + "those it does), or the database refused the change.";

    private final AwardRecommendationService recommendations;
    private final Idempotency idempotency;

    public AwardRecommendationResource(AwardRecommendationService recommendations, Idempotency idempotency) {
        this.recommendations = recommendations;
        this.idempotency = idempotency;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV, DocumentTypes.XLSX})
    @Operation(operationId = "listAwardRecommendations", summary = "List award recommendations",
            description = "Recommendations newest first, filtered by any of cluster, year, status, award type, kind, province "
                    + "(proposing or nominee's) and the nominee's name. `q` ignores Vietnamese diacritics and case: "
                    + "`nam dinh` finds \"Tỉnh Nam Định\". A province code means every unit that had it (during `year`, "
                    + "when given).\n\n"
                    + "With `Accept: text/csv` (UTF-8 with a byte order mark) or `Accept: " + DocumentTypes.XLSX + "` (an "
                    + "Excel workbook: numbers, dates and times as such, a header row with filters) the answer is the whole "
                    + "list with these filters, one row per recommendation, not one page: `page` and `size` do not apply. "
                    + "It is streamed, so a list of any length can be exported.")
    @APIResponse(responseCode = "200", description = "One page of recommendations; or, as CSV or an Excel workbook, all of them.",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardRecommendationView.Page.class),
                            examples = @ExampleObject(name = "The 2023 flag of the Red River Delta cluster", description = ILLUSTRATIVE,
                                    value = "{\"items\": [" + APPROVED_FLAG_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")),
                    @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = DocumentTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No cluster or award type has the code given as a filter.")
    public Response list(
            @Parameter(description = "Only this cluster (code).", example = "DBSH") @QueryParam("cluster") @Size(max = 20) String cluster,
            @Parameter(description = "Only this year.", example = "2023") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this status.") @QueryParam("status") RecommendationStatus status,
            @Parameter(description = "Only this award type (code).", example = "GOV_EMULATION_FLAG")
            @QueryParam("awardType") @Size(max = 40) String awardType,
            @Parameter(description = "Only this kind of commendation.") @QueryParam("kind") CommendationKind kind,
            @Parameter(description = "Only recommendations proposed by or for this province (code).", example = "36")
            @QueryParam("province") @Size(max = 2) String province,
            @Parameter(description = "Part of the nominee's name, with or without diacritics.", example = "nam dinh")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageRequest page,
            @Context HttpHeaders headers) {
        var filter = new AwardRecommendationService.Filter(cluster, year, status, awardType, kind, province, q);
        String type = DocumentTypes.negotiate(headers, LIST_OFFERS);
        Object answer = type.equals(MediaType.APPLICATION_JSON) ? recommendations.list(filter, page)
                : new RecommendationTable(recommendations.export(filter));
        return Response.ok(answer, type).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAwardRecommendation", summary = "Read an award recommendation",
            description = "One recommendation with its vote and decision, if any, and the actions its state allows. The ETag "
                    + "header carries its version, for If-Match on an edit or an action.")
    @APIResponse(responseCode = "200", description = "The recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Nam Định's flag, approved", description = ILLUSTRATIVE,
                            value = APPROVED_FLAG_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    public Response get(@Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id) {
        return recommendations.read(id).ok();
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createAwardRecommendation", summary = "Propose a nominee for an award",
            description = "Creates a DRAFT. A province officer proposes for their own province (403 otherwise). Refused with "
                    + "422 when the award type cannot go to this kind of nominee (the Government Emulation Flag goes to "
                    + "collectives only), or when the proposing or the nominee's province is not a member of the cluster "
                    + "that year. A draft is seen only by its own province (and central, admin, viewer) until it is "
                    + "submitted, so it never blocks another province: the same nominee once per award and year is checked "
                    + "when it is submitted.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardRecommendationCreate.class),
            examples = @ExampleObject(name = "FrieslandCampina Hà Nam, an exemplary model", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location points at it.",
            headers = {
                    @Header(name = "Location", description = "Address of the recommendation.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The recommendation's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "FrieslandCampina Hà Nam, an exemplary model", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being processed.")
    @APIResponse(responseCode = "422", description = "Invalid fields; a nominee kind the award type does not allow; a "
            + "province that is not a member of the cluster that year; an unknown cluster, award type or movement.",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "The flag to an individual", value = """
                            {"type": "urn:thidua:problem:invalid-input", "title": "Invalid input", "status": 422,
                             "detail": "Cờ thi đua của Chính phủ (GOV_EMULATION_FLAG) goes to [COLLECTIVE] only, not to INDIVIDUAL",
                             "instance": "/api/v1/award-recommendations",
                             "errors": [{"field": "nomineeKind", "message": "Cờ thi đua của Chính phủ (GOV_EMULATION_FLAG) goes to [COLLECTIVE] only, not to INDIVIDUAL"}]}""")))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AwardRecommendationCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createAwardRecommendation", body, () -> recommendations.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateAwardRecommendation", summary = "Edit a draft or returned recommendation",
            description = "Replaces the proposer's fields of a DRAFT or RETURNED recommendation (409 in other states); only "
                    + "the proposing province or central staff (403 otherwise). The same rules as on creation apply.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardRecommendationUpdate.class),
            examples = @ExampleObject(name = "FrieslandCampina Hà Nam, corrected", value = """
                    {"awardTypeCode": "PM_CERTIFICATE_OF_MERIT", "kind": "THEMATIC", "nomineeKind": "COLLECTIVE",
                     "nomineeName": "Công ty TNHH FrieslandCampina Hà Nam", "nomineeProvinceCode": "35",
                     "nomineeOrganisation": "Khu công nghiệp Đồng Văn II, Duy Tiên, Hà Nam", "movementCode": "NONG-THON-MOI",
                     "achievements": "Điển hình tiên tiến trong phong trào xây dựng nông thôn mới; hỗ trợ nông dân phát triển chăn nuôi bò sữa."}""")))
    @APIResponse(responseCode = "200", description = "The edited recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "FrieslandCampina Hà Nam", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = "Not editable in its state, or the same nominee is already recommended.")
    @APIResponse(responseCode = "422", description = "Invalid fields, or a rule of the award type or the cluster is broken.")
    public Response update(
            @Parameter(description = "Recommendation id.", example = "2") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AwardRecommendationUpdate input) {
        return recommendations.update(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "submitAwardRecommendation", summary = "Submit a recommendation to the cluster head",
            description = "DRAFT or RETURNED → SUBMITTED. Only the proposing province (or the unit that took it over) or "
                    + "central staff. From its first submission on, the recommendation is seen by every province.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionNote.class),
            examples = @ExampleObject(name = "With the proposal letter", value = "{\"note\": \"Gửi hồ sơ kèm tờ trình số 125/TTr-UBND.\"}")))
    @APIResponse(responseCode = "200", description = "The submitted recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Submitted", value = """
                            {"id": 2, "clusterCode": "DBSH", "year": 2023,
                             "awardType": {"code": "PM_CERTIFICATE_OF_MERIT", "name": "Bằng khen của Thủ tướng Chính phủ"},
                             "kind": "THEMATIC", "nomineeKind": "COLLECTIVE", "nomineeName": "Công ty TNHH FrieslandCampina Hà Nam",
                             "nomineeProvince": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"}, "directWorker": false, "proposingProvince": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"},
                             "achievements": "Điển hình tiên tiến trong phong trào xây dựng nông thôn mới.",
                             "status": "SUBMITTED", "allowedActions": ["return", "vote", "withdraw"],
                             "createdAt": "2024-01-16T14:00:00+07:00", "updatedAt": "2024-01-20T09:00:00+07:00"}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = STATE_CONFLICT + " Also when the same nominee (name without diacritics or case, and province) was already "
            + "submitted for this award and year, by any province.",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Same nominee twice", value = """
                            {"type": "urn:thidua:problem:conflict", "title": "Conflict with the current state", "status": 409,
                             "detail": "This nominee is already recommended for this award in that year (names are compared without diacritics or case).",
                             "instance": "/api/v1/award-recommendations/7/submit",
                             "errors": [{"field": "nomineeName", "message": "This nominee is already recommended for this award in that year (names are compared without diacritics or case)."}]}""")))
    @APIResponse(responseCode = "422", description = "Invalid note.")
    public Response submit(
            @Parameter(description = "Recommendation id.", example = "2") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionNote input) {
        return recommendations.submit(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "returnAwardRecommendation", summary = "Return a recommendation for correction",
            description = "SUBMITTED → RETURNED, with the reason; the proposer edits and submits it again. "
                    + AccessPolicy.CLUSTER_DECISION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnRequest.class),
            examples = @ExampleObject(name = "Missing figures",
                    value = "{\"reason\": \"Bổ sung số liệu thu ngân sách năm 2023 và xác nhận của Sở Nội vụ.\"}")))
    @APIResponse(responseCode = "200", description = "The returned recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Returned", value = """
                            {"id": 5, "clusterCode": "DBSH", "year": 2023,
                             "awardType": {"code": "PM_CERTIFICATE_OF_MERIT", "name": "Bằng khen của Thủ tướng Chính phủ"},
                             "kind": "MERIT", "nomineeKind": "INDIVIDUAL", "nomineeName": "Trần Văn Hùng",
                             "nomineeProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"}, "nomineeOrganisation": "Hợp tác xã nông nghiệp Hải Hậu",
                             "nomineePosition": "Xã viên", "directWorker": true, "proposingProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
                             "achievements": "Dẫn đầu phong trào sản xuất lúa chất lượng cao của huyện Hải Hậu.",
                             "status": "RETURNED", "reason": "Bổ sung số liệu thu ngân sách năm 2023 và xác nhận của Sở Nội vụ.",
                             "allowedActions": ["submit", "withdraw"],
                             "createdAt": "2024-01-16T14:00:00+07:00", "updatedAt": "2024-02-01T10:00:00+07:00"}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = STATE_CONFLICT)
    @APIResponse(responseCode = "422", description = "No reason given.")
    public Response returnToProposer(
            @Parameter(description = "Recommendation id.", example = "5") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReturnRequest input) {
        return recommendations.returnToProposer(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/vote")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "voteOnAwardRecommendation", summary = "Record the cluster's vote",
            description = "SUBMITTED → ENDORSED when at least two thirds of the cluster's members that year were present and "
                    + "more than half of those present voted for; otherwise NOT_ENDORSED (final). The numbers must add up "
                    + "(membersPresent = votesFor + votesAgainst + votesAbstaining, at most the members; 422). A cluster "
                    + "endorses at most one nominee for the Government Emulation Flag per year (409 on a second). "
                    + AccessPolicy.CLUSTER_DECISION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VoteRequest.class),
            examples = @ExampleObject(name = "Year-end review of the Red River Delta cluster", value = """
                    {"membersPresent": 9, "votesFor": 8, "votesAgainst": 1, "votesAbstaining": 0,
                     "note": "Hội nghị tổng kết công tác thi đua Cụm năm 2023, Thái Bình."}""")))
    @APIResponse(responseCode = "200", description = "The voted recommendation: ENDORSED or NOT_ENDORSED.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Endorsed", value = """
                            {"id": 1, "clusterCode": "DBSH", "year": 2023,
                             "awardType": {"code": "GOV_EMULATION_FLAG", "name": "Cờ thi đua của Chính phủ"},
                             "kind": "MERIT", "nomineeKind": "COLLECTIVE", "nomineeName": "Tỉnh Nam Định",
                             "nomineeProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"}, "directWorker": false, "proposingProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
                             "achievements": "Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023.",
                             "status": "ENDORSED",
                             "vote": {"membersPresent": 9, "votesFor": 8, "votesAgainst": 1, "votesAbstaining": 0},
                             "allowedActions": ["forward", "withdraw"],
                             "createdAt": "2024-01-15T09:30:00+07:00", "updatedAt": "2024-03-20T10:15:00+07:00"}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = STATE_CONFLICT + " A second flag nominee for the cluster and year is refused here.")
    @APIResponse(responseCode = "422", description = "The numbers do not add up, or more members present than the cluster has.")
    public Response vote(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull VoteRequest input) {
        return recommendations.vote(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/forward")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "forwardAwardRecommendation", summary = "Forward an endorsed recommendation to the Central Committee",
            description = "ENDORSED → FORWARDED. " + AccessPolicy.CLUSTER_DECISION
                    + " From now on the proposer can no longer withdraw it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionNote.class),
            examples = @ExampleObject(name = "With the head's letter", value = "{\"note\": \"Tờ trình số 18/TTr-CTĐ của Cụm trưởng.\"}")))
    @APIResponse(responseCode = "200", description = "The forwarded recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Forwarded", value = """
                            {"id": 1, "clusterCode": "DBSH", "year": 2023,
                             "awardType": {"code": "GOV_EMULATION_FLAG", "name": "Cờ thi đua của Chính phủ"},
                             "kind": "MERIT", "nomineeKind": "COLLECTIVE", "nomineeName": "Tỉnh Nam Định",
                             "nomineeProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"}, "directWorker": false, "proposingProvince": {"id": 24, "code": "36", "name": "Nam Định", "validTo": "2025-06-30"},
                             "achievements": "Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023.",
                             "status": "FORWARDED",
                             "vote": {"membersPresent": 9, "votesFor": 8, "votesAgainst": 1, "votesAbstaining": 0},
                             "allowedActions": ["decide"],
                             "createdAt": "2024-01-15T09:30:00+07:00", "updatedAt": "2024-03-25T08:00:00+07:00"}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = STATE_CONFLICT)
    @APIResponse(responseCode = "422", description = "Invalid note.")
    public Response forward(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionNote input) {
        return recommendations.forward(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed(Roles.CENTRAL)
    @Operation(operationId = "decideAwardRecommendation", summary = "Record the award decision",
            description = "FORWARDED → APPROVED (with the decision's number, date and signing authority; 422 without) or "
                    + "REJECTED (with a reason). Both are final. Central staff only; admins cannot decide (separation of "
                    + "duties).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = {
                    @ExampleObject(name = "Approved", description = ILLUSTRATIVE, value = """
                            {"outcome": "APPROVED", "decisionNumber": "1234/QĐ-TTg", "decisionDate": "2024-10-14",
                             "decidingAuthority": "Thủ tướng Chính phủ"}"""),
                    @ExampleObject(name = "Rejected", value = """
                            {"outcome": "REJECTED", "reason": "Chưa đủ điều kiện theo Điều 25 Luật Thi đua, khen thưởng."}""")}))
    @APIResponse(responseCode = "200", description = "The decided recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Nam Định's flag, approved", description = ILLUSTRATIVE,
                            value = APPROVED_FLAG_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = STATE_CONFLICT)
    @APIResponse(responseCode = "422", description = "An approval without decision number, date or authority, a decision "
            + "date in the future, or a rejection without a reason.")
    public Response decide(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequest input) {
        return recommendations.decide(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "withdrawAwardRecommendation", summary = "Withdraw a recommendation",
            description = "DRAFT, SUBMITTED, RETURNED or ENDORSED → WITHDRAWN (final): possible until it is forwarded. Only "
                    + "the proposing province or central staff. The nominee may then be recommended again for the award.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionNote.class),
            examples = @ExampleObject(name = "Withdrawn by the province", value = "{\"note\": \"Đơn vị xin rút hồ sơ để hoàn thiện năm sau.\"}")))
    @APIResponse(responseCode = "200", description = "The withdrawn recommendation.",
            headers = @Header(name = "ETag", description = "The recommendation's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardRecommendationView.class),
                    examples = @ExampleObject(name = "Withdrawn", value = """
                            {"id": 9, "clusterCode": "DBSH", "year": 2023,
                             "awardType": {"code": "PROVINCIAL_CERTIFICATE_OF_MERIT", "name": "Bằng khen cấp bộ, ban, ngành, tỉnh"},
                             "kind": "MERIT", "nomineeKind": "INDIVIDUAL", "nomineeName": "Lê Thị Hoa",
                             "nomineeProvince": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"}, "nomineePosition": "Công nhân may", "directWorker": true,
                             "proposingProvince": {"id": 23, "code": "35", "name": "Hà Nam", "validTo": "2025-06-30"}, "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2023.",
                             "status": "WITHDRAWN", "allowedActions": [],
                             "createdAt": "2024-01-16T14:00:00+07:00", "updatedAt": "2024-02-05T15:00:00+07:00"}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    @APIResponse(responseCode = "409", description = STATE_CONFLICT)
    @APIResponse(responseCode = "422", description = "Invalid note.")
    public Response withdraw(
            @Parameter(description = "Recommendation id.", example = "9") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionNote input) {
        return recommendations.withdraw(id, ifMatch, input).ok();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listAwardRecommendationHistory", summary = "Read a recommendation's history",
            description = "Every action taken on the recommendation, oldest first: what, who (token subject, role, province), "
                    + "when, and the note, reason or vote tally given.")
    @APIResponse(responseCode = "200", description = "One page of history entries.", content = @Content(
            schema = @Schema(implementation = RecommendationStepView.Page.class), examples = @ExampleObject(name = "Nam Định's flag", value = """
                    {"items": [
                      {"action": "CREATE", "toStatus": "DRAFT", "actor": {"subject": "bantdkt.namdinh", "role": "province", "provinceCode": "36"},
                       "at": "2024-01-15T09:30:00+07:00"},
                      {"action": "SUBMIT", "fromStatus": "DRAFT", "toStatus": "SUBMITTED",
                       "actor": {"subject": "bantdkt.namdinh", "role": "province", "provinceCode": "36"}, "at": "2024-01-20T09:00:00+07:00",
                       "note": "Gửi hồ sơ kèm tờ trình của UBND tỉnh Nam Định."},
                      {"action": "VOTE", "fromStatus": "SUBMITTED", "toStatus": "ENDORSED",
                       "actor": {"subject": "bantdkt.thaibinh", "role": "province", "provinceCode": "34"}, "at": "2024-03-20T10:15:00+07:00",
                       "note": "9 of 9 members present; 8 for, 1 against, 0 abstaining."}],
                     "page": 0, "size": 20, "total": 3}""")))
    @APIResponse(responseCode = "404", description = "No recommendation has this id" + AccessPolicy.HIDDEN_OR_UNKNOWN + ".")
    public PageView<RecommendationStepView> history(
            @Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
            @BeanParam PageRequest page) {
        return recommendations.history(id, page);
    }
}
