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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class ReportResource {

    private static final String ID = "Report id.";

    private final ReportService reports;
    private final Idempotency idempotency;

    public ReportResource(ReportService reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List reports")
    @APIResponse(responseCode = "200", description = "One page of reports.", content = @Content(
            schema = @Schema(implementation = ReportView.Page.class)))
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
    @Operation(operationId = "getReport", summary = "Read a report")
    @APIResponse(responseCode = "200", description = "The report.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response get(@Parameter(description = ID, example = "41") @PathParam("id") long id) {
        return reports.read(id).ok();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listReportHistory", summary = "Read a report's history")
    @APIResponse(responseCode = "200", description = "One page of the history.", content = @Content(
            schema = @Schema(implementation = ReportStepView.Page.class)))
    public PageView<ReportStepView> history(
            @Parameter(description = ID, example = "41") @PathParam("id") long id, @BeanParam PageRequest page) {
        return reports.history(id, page);
    }

    @POST
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "createReport", summary = "Start a report (draft)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportCreate.class)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the report.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ReportCreate body, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, "createReport", body, () -> reports.create(body),
                created -> uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                view -> reports.read(view.path("id").asLong()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "updateReport", summary = "Replace a report's values and narrative")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportUpdate.class)))
    @APIResponse(responseCode = "200", description = "The updated report.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response update(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReportUpdate input) {
        return reports.update(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "submitReport", summary = "Submit a report to the cluster head")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportActionInput.class)))
    @APIResponse(responseCode = "200", description = "The submitted report.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response submit(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ReportActionInput input) {
        return reports.submit(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "acceptReport", summary = "Accept a submitted report")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportActionInput.class)))
    @APIResponse(responseCode = "200", description = "The accepted report.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response accept(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ReportActionInput input) {
        return reports.accept(id, ifMatch, input).ok();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "returnReport", summary = "Return a submitted report for correction")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportActionInput.class)))
    @APIResponse(responseCode = "200", description = "The returned report.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response returnToProvince(
            @Parameter(description = ID, example = "41") @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ReportActionInput input) {
        return reports.returnToProvince(id, ifMatch, input).ok();
    }
}
