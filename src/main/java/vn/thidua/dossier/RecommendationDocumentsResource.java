package vn.thidua.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.PageRequest;
import vn.thidua.common.Roles;

@Path("/api/v1/award-recommendations/{id}/documents")
@Tag(name = "Dossiers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class RecommendationDocumentsResource {

    private final DossierService dossiers;
    private final DocumentUploads uploads;

    public RecommendationDocumentsResource(DossierService dossiers, DocumentUploads uploads) {
        this.dossiers = dossiers;
        this.uploads = uploads;
    }

    @GET
    @Operation(operationId = "listAwardRecommendationDocuments", summary = "List the dossier of an award recommendation")
    @APIResponse(responseCode = "200", description = "One page of documents.",
            content = @Content(schema = @Schema(implementation = DocumentView.Page.class)))
    public Response list(@Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
                         @BeanParam PageRequest page) {
        return Response.ok(dossiers.list(new OwnerRef(OwnerKind.AWARD_RECOMMENDATION, id), page)).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "uploadAwardRecommendationDocument", summary = "Add a document to a nomination's dossier")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored; Location points at the document.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response upload(@Parameter(description = "Recommendation id.", example = "1") @PathParam("id") long id,
                           @Valid @BeanParam UploadParameters upload, InputStream body) {
        return uploads.upload("uploadAwardRecommendationDocument", new OwnerRef(OwnerKind.AWARD_RECOMMENDATION, id), upload, body);
    }
}
