package vn.thidua.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/documents")
@Tag(name = "Dossiers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class DocumentResource {

    private static final String BINARY = "The file: its type as judged on upload, always as an attachment.";
    private static final String RANGE = "One byte range: bytes=first-last, bytes=first- or bytes=-n (the last n bytes). "
            + "A last position past the end is answered up to the last byte; a first position at or past the end is a 416.";

    private final DossierService dossiers;

    public DocumentResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GET
    @Path("/{documentId}")
    @Operation(operationId = "getDocument", summary = "Read a document's metadata")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response get(@Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId) {
        return dossiers.read(documentId).ok();
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "deleteDocument", summary = "Delete a document and its versions")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
                           @HeaderParam("If-Match") String ifMatch) {
        dossiers.delete(documentId, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{documentId}/content")
    @Produces({FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.ODT, FileTypes.JPEG, FileTypes.PNG})
    @Operation(operationId = "downloadDocument", summary = "Download a document's current version")
    @APIResponse(responseCode = "200", description = BINARY,
            content = {
                    @Content(mediaType = FileTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested range of the file.",
            content = {
                    @Content(mediaType = FileTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "If-None-Match names this file's SHA-256: the copy the client has is current.")
    public Response download(
            @Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
            @Parameter(description = "The ETag of a copy the client has.") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = RANGE, example = "bytes=0-1023") @HeaderParam("Range") String range,
            @Parameter(description = "Send the range only if the file still has this ETag.") @HeaderParam("If-Range") String ifRange) {
        return Downloads.answer(dossiers, dossiers.content(documentId, null), ifNoneMatch, range, ifRange);
    }

    @PUT
    @Path("/{documentId}/content")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "replaceDocument", summary = "Replace a document's file (a new version)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The document with its new version.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response replace(
            @Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = UploadParameters.FILE_NAME, required = true,
                    example = "Tờ trình Cờ thi đua 2023 - Nam Định (bản sửa).pdf")
            @QueryParam("fileName") @jakarta.validation.constraints.NotNull String fileName,
            @Parameter(description = "A new title; the title stays when absent.", example = "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023 (bổ sung)")
            @QueryParam("title") String title,
            @Parameter(description = "The SHA-256 of the file (RFC 9530), checked against the bytes received.",
                    example = "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:") @HeaderParam("Content-Digest") String contentDigest,
            @Parameter(description = "The SHA-256 of the file (RFC 3230), read when Content-Digest is absent.",
                    example = "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=") @HeaderParam("Digest") String digest,
            InputStream body) {
        return dossiers.replace(documentId, ifMatch, new DossierService.Upload(null, title, fileName, contentDigest, digest), body).ok();
    }

    @GET
    @Path("/{documentId}/versions")
    @Operation(operationId = "listDocumentVersions", summary = "List a document's versions")
    @APIResponse(responseCode = "200", description = "One page of versions.",
            content = @Content(schema = @Schema(implementation = DocumentVersionView.Page.class)))
    public Response versions(@Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
                             @BeanParam PageRequest page) {
        return Response.ok(dossiers.versions(documentId, page)).build();
    }

    @GET
    @Path("/{documentId}/versions/{number}/content")
    @Produces({FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.ODT, FileTypes.JPEG, FileTypes.PNG})
    @Operation(operationId = "downloadDocumentVersion", summary = "Download one version of a document")
    @APIResponse(responseCode = "200", description = BINARY,
            content = {
                    @Content(mediaType = FileTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested range of the file.",
            content = {
                    @Content(mediaType = FileTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "If-None-Match names this file's SHA-256.")
    public Response downloadVersion(
            @Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
            @Parameter(description = "Version number.", example = "1") @PathParam("number") int number,
            @Parameter(description = "The ETag of a copy the client has.") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = RANGE, example = "bytes=0-1023") @HeaderParam("Range") String range,
            @Parameter(description = "Send the range only if the file still has this ETag.") @HeaderParam("If-Range") String ifRange) {
        return Downloads.answer(dossiers, dossiers.content(documentId, number), ifNoneMatch, range, ifRange);
    }
}
