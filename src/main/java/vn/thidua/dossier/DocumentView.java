package vn.thidua.dossier;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.common.PageView;

@Schema(name = "Document", description = "A document of a dossier (hồ sơ) with its current version.")
public record DocumentView(
        @Schema(description = "Server-made identity.", example = "7", required = true)
        long id,
        @Schema(description = "What the dossier belongs to.", example = "award-recommendation", required = true,
                enumeration = {"award-recommendation", "report", "conference"})
        String ownerKind,
        @Schema(description = "The owner's id.", example = "1", required = true)
        long ownerId,
        @Schema(description = "Where to read the owner.", example = "/api/v1/award-recommendations/1", required = true)
        String ownerHref,
        @Schema(required = true)
        DocumentKind kind,
        @Schema(description = "The title.", example = "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023", required = true)
        String title,
        @Schema(description = "The current version's number (1 for the first upload).", example = "1", required = true)
        int currentVersion,
        @Schema(required = true)
        DocumentVersionView current,
        @Schema(description = "Where to download the current version.", example = "/api/v1/documents/7/content", required = true)
        String contentHref,
        @Schema(description = "When it was first uploaded.", example = "2024-03-05T09:15:00+07:00", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When its last version was uploaded.", example = "2024-03-05T09:15:00+07:00", required = true)
        OffsetDateTime updatedAt) {

    static DocumentView of(DossierDocument d, DocumentVersion current) {
        OwnerRef owner = d.owner();
        return new DocumentView(d.id, owner.kind().entity, owner.id(), owner.href(), d.kind, d.title, current.number,
                DocumentVersionView.of(current), "/api/v1/documents/" + d.id + "/content", d.createdAt, d.updatedAt);
    }

    /** Names the page schema in the contract. */
    @Schema(name = "DocumentPage", description = "One page of a dossier's documents.")
    public static final class Page extends PageView<DocumentView> {
        private Page() {
            super(null, 0, 0, 0);
        }
    }
}
