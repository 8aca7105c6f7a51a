package vn.thidua.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Roles;

@Path("/api/v1/audit-events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRAL, Roles.ADMIN})
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Read the audit trail")
    @APIResponse(responseCode = "200", description = "One page of audit events.", content = @Content(
            schema = @Schema(implementation = AuditEventView.Page.class)))
    public PageView<AuditEventView> list(
            @Parameter(description = "Only this kind of resource.", example = "membership")
            @QueryParam("entity") @Size(max = 50) String entity,
            @Parameter(description = "Only this resource (its id or code).", example = "6")
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @Parameter(description = "Only changes by this token subject.", example = "chuyenvien@bantdkt.gov.vn")
            @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "Only changes at or after this instant (ISO-8601 with offset).",
                    example = "2023-01-01T00:00:00+07:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Only changes before this instant.", example = "2024-01-01T00:00:00+07:00")
            @QueryParam("to") OffsetDateTime to,
            @BeanParam PageRequest page) {
        return audit.search(entity, entityId, actor, from, to, page);
    }
}
