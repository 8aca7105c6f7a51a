package vn.thidua.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.thidua.common.Idempotency;

/** What an upload of a new document says beside its bytes, for every owner of a dossier. */
public class UploadParameters {

    @Parameter(description = "What the document is.", required = true)
    @QueryParam("kind")
    @NotNull
    DocumentKind kind;

    @Parameter(description = "Its title.", required = true, example = "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023")
    @QueryParam("title")
    @NotNull
    String title;

    @Parameter(description = "The file's name.", required = true, example = "Tờ trình Cờ thi đua 2023 - Nam Định.pdf")
    @QueryParam("fileName")
    @NotNull
    String fileName;

    @Parameter(description = "The SHA-256 of the file (RFC 9530), checked against the bytes received.",
            example = "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:")
    @HeaderParam("Content-Digest")
    String contentDigest;

    @Parameter(description = "The SHA-256 of the file (RFC 3230), read when Content-Digest is absent.",
            example = "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=")
    @HeaderParam("Digest")
    String digest;

    @HeaderParam(Idempotency.HEADER)
    String idempotencyKey;

    DossierService.Upload upload() {
        return new DossierService.Upload(kind, title, fileName, contentDigest, digest);
    }
}
