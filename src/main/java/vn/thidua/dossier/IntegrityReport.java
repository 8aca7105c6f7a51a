package vn.thidua.dossier;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentIntegrityReport", description = "Every stored version read back and hashed, against the SHA-256 "
        + "recorded when it was uploaded.")
public record IntegrityReport(
        @Schema(description = "Versions read.", example = "1284", required = true)
        long checked,
        @Schema(description = "Bytes read.", example = "2147483648", required = true)
        long bytes,
        @Schema(description = "Versions whose bytes no longer match (at most the first 100).", required = true)
        List<Mismatch> mismatches,
        @Schema(description = "How many versions do not match in all.", example = "0", required = true)
        long mismatchCount) {

    @Schema(name = "DocumentIntegrityMismatch", description = "A stored version whose bytes differ from what was uploaded, "
            + "or that cannot be read.")
    public record Mismatch(
            @Schema(description = "The document.", example = "7", required = true)
            long documentId,
            @Schema(description = "The version.", example = "1", required = true)
            int version,
            @Schema(description = "The SHA-256 recorded at upload.", example = "3b1f9a0c5d8e2f7a6b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a",
                    required = true)
            String expectedSha256,
            @Schema(description = "The SHA-256 of the bytes stored now; absent when they cannot be read.",
                    example = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")
            String actualSha256,
            @Schema(description = "The size recorded at upload.", example = "48213", required = true)
            long expectedSize,
            @Schema(description = "The size stored now.", example = "48213")
            Long actualSize) {
    }
}
