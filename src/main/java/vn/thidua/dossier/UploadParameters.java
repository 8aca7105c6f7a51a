package vn.thidua.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.thidua.common.Idempotency;

/** What an upload of a new document says beside its bytes, for every owner of a dossier. */
public class UploadParameters {

    /** What becomes of a file name sent with an upload or a replacement (DossierService.fileName). */
    static final String FILE_NAME = "The file's name, kept for its downloads (Content-Disposition). Only its last part is "
            + "kept: what follows the last / or \\, so that a path never reaches the name (../../etc/passwd.pdf is kept as "
            + "passwd.pdf, C:\\Hồ sơ\\Tờ trình.pdf as Tờ trình.pdf), in Unicode NFC, without control characters and "
            + "surrounding spaces. What remains must be 1 to 255 characters and not . or .. (else 422); the version's "
            + "fileName is the name as kept.";

    @Parameter(description = "What the document is.", required = true)
    @QueryParam("kind")
    @NotNull
    DocumentKind kind;

    @Parameter(description = "Its title.", required = true, example = "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023")
    @QueryParam("title")
    @NotNull
    String title;

    @Parameter(description = FILE_NAME, required = true, example = "Tờ trình Cờ thi đua 2023 - Nam Định.pdf")
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
