package vn.thidua.dossier;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "DocumentVersion", description = "One stored file of a document. A replacement adds a version; earlier "
        + "versions are kept and can be downloaded.")
public record DocumentVersionView(
        @Schema(description = "1 for the first upload, then one more per replacement.", example = "1", required = true)
        int number,
        @Schema(description = "The file name as it was sent.", example = "Tờ trình Cờ thi đua 2023 - Nam Định.pdf", required = true)
        String fileName,
        @Schema(description = "The file's type, judged from its bytes (not from its name or a declared type).",
                example = "application/pdf", required = true)
        String mediaType,
        @Schema(description = "Size in bytes.", example = "48213", required = true)
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, lower-case hex; also the download's ETag.",
                example = "3b1f9a0c5d8e2f7a6b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a", required = true)
        String sha256,
        @Schema(description = "Who uploaded it (the token's subject).", example = "can-bo-thi-dua@namdinh.gov.vn", required = true)
        String uploadedBy,
        @Schema(description = "When it was uploaded.", example = "2024-03-05T09:15:00+07:00", required = true)
        OffsetDateTime uploadedAt,
        @Schema(description = "Where to download this version.", example = "/api/v1/documents/7/versions/1/content", required = true)
        String contentHref) {

    static DocumentVersionView of(DocumentVersion v) {
        return new DocumentVersionView(v.number, v.fileName, v.mediaType, v.sizeBytes, v.sha256, v.uploadedBy, v.uploadedAt,
                "/api/v1/documents/" + v.document.id + "/versions/" + v.number + "/content");
    }

    /** Names the page schema in the contract. */
    @Schema(name = "DocumentVersionPage", description = "One page of a document's versions, newest first.")
    public static final class Page extends PageView<DocumentVersionView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
