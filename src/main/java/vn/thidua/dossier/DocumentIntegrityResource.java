package vn.thidua.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Roles;

@Path("/api/v1/document-integrity")
@Tag(name = "Dossiers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DocumentIntegrityResource {

    private final DossierService dossiers;

    public DocumentIntegrityResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GET
    @Operation(operationId = "checkDocumentIntegrity", summary = "Verify every stored document against its SHA-256")
    @APIResponse(responseCode = "200", description = "What was read and what does not match.",
            content = @Content(schema = @Schema(implementation = IntegrityReport.class)))
    public IntegrityReport check() {
        return dossiers.verifyAll();
    }
}
