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
import java.net.URI;
import java.util.function.Supplier;
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
import vn.thidua.common.Roles;
import vn.thidua.common.Versioned;

@Path("/api/v1/documents")
@Tag(name = "Dossiers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CENTRAL, Roles.PROVINCE, Roles.VIEWER})
public class DocumentResource {

    private static final String HIDDEN = "No document has this id (also a document of another province's work that was "
            + "never submitted: to others it does not exist).";
    private static final String CLOSED = "The owner's dossier is closed in its state (a forwarded nomination, an accepted "
            + "report), or this kind is not the caller's to change now.";
    private static final String BINARY = "The file: its type as judged on upload, always as an attachment.";

    private final DossierService dossiers;

    public DocumentResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    /** Answers a creation, idempotently when the client sent a key (the key covers the parameters, not the bytes). */
    static Response created(Idempotency idempotency, String key, String operation, OwnerRef owner, DossierService.Upload upload,
                            Supplier<Versioned<DocumentView>> upload201) {
        record Request(OwnerKind ownerKind, long ownerId, DossierService.Upload upload) {
        }
        return idempotency.create(key, operation, new Request(owner.kind(), owner.id(), upload), upload201,
                created -> URI.create("/api/v1/documents/" + created.id()));
    }

    @GET
    @Path("/{documentId}")
    @Operation(operationId = "getDocument", summary = "Read a document's metadata",
            description = "Its kind, title and current version (file name, type, size, SHA-256, who uploaded it and when). "
                    + "The ETag carries its version, for If-Match on a replacement or a deletion.")
    @APIResponse(responseCode = "200", description = "The document.",
            headers = @Header(name = "ETag", description = "The document's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "Nam Định's proposal letter", value = DossierDocs.DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = HIDDEN)
    public Response get(@Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId) {
        return dossiers.read(documentId).ok();
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "deleteDocument", summary = "Delete a document and its versions",
            description = "While its owner's dossier may change (see the upload), by whoever may add such a document then. "
                    + "The bytes of every version go with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = CLOSED)
    public Response delete(@Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
                           @HeaderParam("If-Match") String ifMatch) {
        dossiers.delete(documentId, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{documentId}/content")
    @Produces({FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.ODT, FileTypes.JPEG, FileTypes.PNG})
    @Operation(operationId = "downloadDocument", summary = "Download a document's current version",
            description = "The file, streamed, as an attachment whose Content-Disposition keeps the file name (RFC 6266, "
                    + "with filename* for Vietnamese). The ETag is the SHA-256 of the bytes: If-None-Match with it answers "
                    + "304. `Range: bytes=first-last` (one range) answers 206 with that part, for resuming; If-Range "
                    + "with the ETag makes it conditional. Every download is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = BINARY,
            headers = {
                    @Header(name = "ETag", description = "The SHA-256 of the file, lower-case hex, quoted.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment, with the file name.", schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = FileTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested range of the file.",
            headers = @Header(name = "Content-Range", description = "Which bytes of how many.", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = FileTypes.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = FileTypes.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "If-None-Match names this file's SHA-256: the copy the client has is current.")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "416", description = "The range starts past the end of the file.")
    public Response download(
            @Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
            @Parameter(description = "The ETag of a copy the client has.") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "One byte range.", example = "bytes=0-1023") @HeaderParam("Range") String range,
            @Parameter(description = "Send the range only if the file still has this ETag.") @HeaderParam("If-Range") String ifRange) {
        return Downloads.answer(dossiers, dossiers.content(documentId, null), ifNoneMatch, range, ifRange);
    }

    @PUT
    @Path("/{documentId}/content")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CENTRAL, Roles.PROVINCE})
    @Operation(operationId = "replaceDocument", summary = "Replace a document's file (a new version)",
            description = "Stores the file as the document's next version; earlier versions are kept and listed. The same "
                    + "rights and states as adding such a document, and If-Match with the document's ETag.\n\n"
                    + DossierDocs.UPLOAD)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "A proposal letter (PDF)", description = DossierDocs.BODY_EXAMPLE,
                    value = "%PDF-1.7 ...")))
    @APIResponse(responseCode = "200", description = "The document with its new version.",
            headers = @Header(name = "ETag", description = "The document's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "Nam Định's proposal letter", value = DossierDocs.DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = CLOSED)
    @APIResponse(responseCode = "413", description = DossierDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", description = DossierDocs.UNSUPPORTED)
    @APIResponse(responseCode = "422", description = DossierDocs.INVALID)
    public Response replace(
            @Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "The file's name.", required = true, example = "Tờ trình Cờ thi đua 2023 - Nam Định (bản sửa).pdf")
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
    @Operation(operationId = "listDocumentVersions", summary = "List a document's versions",
            description = "Every file the document has had, newest first.")
    @APIResponse(responseCode = "200", description = "One page of versions.",
            content = @Content(schema = @Schema(implementation = DocumentVersionView.Page.class),
                    examples = @ExampleObject(name = "Nam Định's proposal letter, corrected once", value = DossierDocs.VERSIONS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = HIDDEN)
    public Response versions(@Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
                             @BeanParam PageRequest page) {
        return Response.ok(dossiers.versions(documentId, page)).build();
    }

    @GET
    @Path("/{documentId}/versions/{number}/content")
    @Produces({FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.ODT, FileTypes.JPEG, FileTypes.PNG})
    @Operation(operationId = "downloadDocumentVersion", summary = "Download one version of a document",
            description = "As the download of the current version (ETag, If-None-Match, Range, audit), for any version.")
    @APIResponse(responseCode = "200", description = BINARY,
            headers = @Header(name = "ETag", description = "The SHA-256 of the file, lower-case hex, quoted.", schema = @Schema(type = SchemaType.STRING)),
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
    @APIResponse(responseCode = "404", description = "No document has this id or no such version (also a document of "
            + "another province's work that was never submitted).")
    @APIResponse(responseCode = "416", description = "The range starts past the end of the file.")
    public Response downloadVersion(
            @Parameter(description = "Document id.", example = "7") @PathParam("documentId") long documentId,
            @Parameter(description = "Version number.", example = "1") @PathParam("number") int number,
            @Parameter(description = "The ETag of a copy the client has.") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "One byte range.", example = "bytes=0-1023") @HeaderParam("Range") String range,
            @Parameter(description = "Send the range only if the file still has this ETag.") @HeaderParam("If-Range") String ifRange) {
        return Downloads.answer(dossiers, dossiers.content(documentId, number), ifNoneMatch, range, ifRange);
    }
}
