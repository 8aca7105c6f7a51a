package vn.thidua.change;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One change to a report, an award recommendation, a scorecard, a covenant, an election "
        + "or a conference: its creation, an update (PUT), a workflow action or a deletion, with the status it left the item "
        + "in. Read the item itself at href.")
public record ChangeView(
        @Schema(description = "This change's place in the feed: store it (or the page's next) to resume after it.",
                example = "ODI0NTc6MTAzOQ", required = true)
        String cursor,
        @Schema(description = "What changed: a report, an award recommendation, a scorecard, or the cluster's covenant, "
                + "election or conference.", example = "report",
                enumeration = {ChangeFeedService.REPORT, ChangeFeedService.RECOMMENDATION, ChangeFeedService.SCORECARD,
                        ChangeFeedService.COVENANT, ChangeFeedService.ELECTION, ChangeFeedService.CONFERENCE},
                required = true)
        String entity,
        @Schema(description = "The item's id (a covenant's or an election's is internal: href addresses it by cluster and "
                + "year).", example = "41", required = true)
        long id,
        @Schema(description = "What happened: create, update (PUT), the workflow action taken (the path of the "
                + "action endpoint), or document: a document of its dossier was added, replaced or deleted (read them at "
                + "href + /documents); a covenant's sign and amend; a conference's delete.", example = "submit",
                enumeration = {"create", "update", "submit", "return", "accept", "vote", "forward", "decide", "withdraw",
                        "review", "confirm", "document", "sign", "amend", "delete"},
                required = true)
        String action,
        @Schema(description = "The item's status after the change (a ReportStatus, a RecommendationStatus, a "
                + "ScorecardStatus or a CovenantStatus; ELECTED for an election; RECORDED, or DELETED, for a conference).",
                example = "SUBMITTED", enumeration = {"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED",
                "ENDORSED", "NOT_ENDORSED", "FORWARDED", "APPROVED", "REJECTED", "WITHDRAWN", "REVIEWED", "CONFIRMED",
                "SIGNED", "ELECTED", "RECORDED", "DELETED"},
                required = true)
        String status,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "Code of the reporting or scored province, of the recommendation's proposing province, or of "
                + "a conference's host, as it was in the item's year; absent for a covenant or an election (the whole "
                + "cluster's).", example = "35")
        String provinceCode,
        @Schema(description = "The item's year.", example = "2023", required = true)
        int year,
        @Schema(description = "When the change was made (start of its transaction).", example = "2023-07-12T08:00:00+07:00",
                required = true)
        OffsetDateTime at,
        @Schema(description = "Where to read the item now.", example = "/api/v1/reports/41", required = true)
        String href) {
}
