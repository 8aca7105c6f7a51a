package vn.thidua.change;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One change to a report, an award recommendation, a scorecard, a covenant, an election, "
        + "a conference, a scoring scheme or an exemplary model: its creation, an update (PUT), a workflow action or a deletion, with the status it left the item "
        + "in. Read the item itself at href.")
public record ChangeView(
        @Schema(description = "This change's place in the feed: store it (or the page's next) to resume after it.",
                example = "ODI0NTc6MTAzOQ", required = true)
        String cursor,
        @Schema(description = "What changed: a report, an award recommendation, a scorecard, the cluster's covenant, "
                + "election, conference or scoring scheme, or an exemplary model.", example = "report",
                enumeration = {ChangeFeedService.REPORT, ChangeFeedService.RECOMMENDATION, ChangeFeedService.SCORECARD,
                        ChangeFeedService.COVENANT, ChangeFeedService.ELECTION, ChangeFeedService.CONFERENCE,
                        ChangeFeedService.SCORING_SCHEME, ChangeFeedService.EXEMPLARY_MODEL},
                required = true)
        String entity,
        @Schema(description = "The item's id (a covenant's, an election's or a scoring scheme's is internal: href addresses "
                + "it by cluster and year).", example = "41", required = true)
        long id,
        @Schema(description = "What happened: create, update (PUT), the workflow action taken (the path of the "
                + "action endpoint), or document: a document of its dossier was added, replaced or deleted (read them at "
                + "href + /documents); a covenant's sign and amend; a conference's or an exemplary model's delete; freeze: the first "
                + "submitted scorecard froze the scoring scheme.", example = "submit",
                enumeration = {"create", "update", "submit", "return", "accept", "vote", "forward", "decide", "withdraw",
                        "review", "confirm", "document", "sign", "amend", "delete", "freeze"},
                required = true)
        String action,
        @Schema(description = "The item's status after the change (a ReportStatus, a RecommendationStatus, a "
                + "ScorecardStatus or a CovenantStatus; ELECTED for an election; RECORDED, or DELETED, for a conference or an exemplary model; OPEN, or "
                + "FROZEN once a member submitted its scorecard, for a scoring scheme).",
                example = "SUBMITTED", enumeration = {"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED",
                "ENDORSED", "NOT_ENDORSED", "FORWARDED", "APPROVED", "REJECTED", "WITHDRAWN", "REVIEWED", "CONFIRMED",
                "SIGNED", "ELECTED", "RECORDED", "DELETED", "OPEN", "FROZEN"},
                required = true)
        String status,
        @Schema(description = "Code of the cluster; absent for an exemplary model (no cluster's: it is its province's, "
                + "held up nationwide).", example = "DBSH")
        String clusterCode,
        @Schema(description = "Code of the reporting or scored province, of the recommendation's proposing province, or of "
                + "a conference's host or an exemplary model's province, as it was in the item's year; absent for a covenant, "
                + "an election or a scoring scheme (the whole cluster's).", example = "35")
        String provinceCode,
        @Schema(description = "The item's year (an exemplary model's first year as an example).", example = "2023",
                required = true)
        int year,
        @Schema(description = "When the change was made (start of its transaction).", example = "2023-07-12T08:00:00+07:00",
                required = true)
        OffsetDateTime at,
        @Schema(description = "Where to read the item now.", example = "/api/v1/reports/41", required = true)
        String href) {
}
