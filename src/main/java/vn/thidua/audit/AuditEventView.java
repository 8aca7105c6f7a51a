package vn.thidua.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "AuditEvent", description = "One recorded change: who, when, what, and the state before and after.")
public record AuditEventView(
        @Schema(description = "Sequence number; later events have larger numbers.", example = "1042", required = true)
        long id,
        @Schema(description = "When the change was committed.", example = "2023-07-20T09:15:00+07:00", required = true)
        OffsetDateTime at,
        @Schema(description = "The token subject of who made the change.", example = "can-bo-ttkt@thaibinh.gov.vn",
                required = true)
        String actorSubject,
        @Schema(description = "The role the change was made with.", example = "province", required = true)
        String actorRole,
        @Schema(description = "The province code of a province officer.", example = "34")
        String actorProvince,
        @Schema(description = "What kind of resource changed.", example = "membership", required = true)
        String entity,
        @Schema(description = "Its identity (id or code).", example = "6", required = true)
        String entityId,
        @Schema(description = "create, update, delete, or the workflow action.", example = "update", required = true)
        String action,
        @JsonRawValue
        @Schema(description = "The resource as the API showed it before the change; absent for a creation.",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                example = "{\"role\": \"DEPUTY\"}")
        String before,
        @JsonRawValue
        @Schema(description = "The resource after the change; absent for a deletion.",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                example = "{\"role\": \"HEAD\"}")
        String after) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.at, e.actorSubject, e.actorRole, e.actorProvince, e.entity, e.entityId,
                e.action, e.before, e.after);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "AuditEventPage", description = "One page of audit events.")
    public static final class Page extends PageView<AuditEventView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
