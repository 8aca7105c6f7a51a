package vn.thidua.change;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One change to a report, an award recommendation or a scorecard: its creation, an update "
        + "(PUT) or a workflow action, with the status it left the item in. Read the item itself at href.")
public record ChangeView(
        @Schema(description = "This change's place in the feed: store it (or the page's next) to resume after it.",
                example = "ODI0NTc6MTAzOQ", required = true)
        String cursor,
        @Schema(description = "What changed: a report, an award recommendation or a scorecard.", example = "report",
                enumeration = {ChangeFeedService.REPORT, ChangeFeedService.RECOMMENDATION, ChangeFeedService.SCORECARD},
                required = true)
        String entity,
        @Schema(description = "The report's, recommendation's or scorecard's id.", example = "41", required = true)
        long id,
        @Schema(description = "What happened: create, update (PUT), the workflow action taken (the path of the "
                + "action endpoint), or document: a document of its dossier was added, replaced or deleted (read them at "
                + "href + /documents).", example = "submit",
                enumeration = {"create", "update", "submit", "return", "accept", "vote", "forward", "decide", "withdraw",
                        "review", "confirm", "document"},
                required = true)
        String action,
        @Schema(description = "The item's status after the change (a ReportStatus, a RecommendationStatus or a "
                + "ScorecardStatus).", example = "SUBMITTED", enumeration = {"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED",
                "ENDORSED", "NOT_ENDORSED", "FORWARDED", "APPROVED", "REJECTED", "WITHDRAWN", "REVIEWED", "CONFIRMED"},
                required = true)
        String status,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "Code of the reporting or scored province, or of the recommendation's proposing province, as it "
                + "was in the item's year.", example = "35", required = true)
        String provinceCode,
        @Schema(description = "The item's year.", example = "2023", required = true)
        int year,
        @Schema(description = "When the change was made (start of its transaction).", example = "2023-07-12T08:00:00+07:00",
                required = true)
        OffsetDateTime at,
        @Schema(description = "Where to read the item now.", example = "/api/v1/reports/41", required = true)
        String href) {
}
