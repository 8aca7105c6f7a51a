package vn.thidua.award;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.AwardTypeView.AwardTypeRef;
import vn.thidua.common.KeysetPageView;
import vn.thidua.movement.MovementView.MovementRef;
import vn.thidua.province.ProvinceView.ProvinceRef;

@Schema(name = "AwardRecommendation", description = "A recommendation of one nominee for one award, with where it is in its workflow.")
public record AwardRecommendationView(
        @Schema(description = "Server-made identity.", example = "1", required = true)
        long id,
        @Schema(description = "Code of the cluster.", example = "DBSH", required = true)
        String clusterCode,
        @Schema(description = "The emulation year.", example = "2023", required = true)
        int year,
        @Schema(required = true)
        AwardTypeRef awardType,
        @Schema(required = true)
        CommendationKind kind,
        @Schema(required = true)
        NomineeKind nomineeKind,
        @Schema(description = "Name of the person, collective or household.", example = "Tỉnh Nam Định", required = true)
        String nomineeName,
        @Schema(description = "The nominee's province (the unit of that year).", required = true)
        ProvinceRef nomineeProvince,
        @Schema(description = "The nominee's organisation or workplace.", example = "Ủy ban nhân dân tỉnh Nam Định")
        String nomineeOrganisation,
        @Schema(description = "The nominee's position.", example = "Công nhân vận hành")
        String nomineePosition,
        @Schema(description = "Whether the nominee is a direct worker (người lao động trực tiếp).", example = "false", required = true)
        boolean directWorker,
        @Schema(description = "The proposing province (the unit of that year).", required = true)
        ProvinceRef proposingProvince,
        @Schema(description = "The movement the achievements belong to.")
        MovementRef movement,
        @Schema(description = "The achievements.", required = true,
                example = "Dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023.")
        String achievements,
        @Schema(required = true)
        RecommendationStatus status,
        @Schema(description = "The cluster's vote, once recorded.")
        VoteView vote,
        @Schema(description = "The award decision, once approved.")
        DecisionView decision,
        @Schema(description = "Why it was returned (while RETURNED) or rejected (REJECTED).",
                example = "Bổ sung biên bản họp bình xét của Cụm.")
        String reason,
        @Schema(description = "Government Emulation Flag only: why central staff let this nominee go ahead although it "
                + "is not the member ranked first by the cluster's confirmed scores of the year (the flag follows the "
                + "ranking).", example = "Tỉnh xếp thứ nhất đã được tặng Cờ thi đua của Chính phủ ba năm liền; Cụm thống nhất "
                + "đề nghị tỉnh xếp thứ hai.")
        String rankingOverride,
        @Schema(description = "The workflow actions the current state allows (POST /api/v1/award-recommendations/{id}/{action}); "
                + "who may take them depends on the role. Editing (PUT) is possible while DRAFT or RETURNED.",
                example = "[\"forward\", \"withdraw\"]", required = true)
        List<String> allowedActions,
        @Schema(description = "The documents the dossier still needs before the recommendation can be forwarded "
                + "(PROPOSAL_LETTER, ACHIEVEMENTS_REPORT, VOTE_MINUTES; Law 06/2022 Art. 84); empty when it is complete. "
                + "Always present. Its documents: GET /api/v1/award-recommendations/{id}/documents.",
                example = "[\"VOTE_MINUTES\"]")
        List<String> documentsMissing,
        @Schema(description = "When it was created.", example = "2024-01-15T09:30:00+07:00", required = true)
        OffsetDateTime createdAt,
        @Schema(description = "When it last changed.", example = "2024-10-14T16:00:00+07:00", required = true)
        OffsetDateTime updatedAt) {

    public static AwardRecommendationView of(AwardRecommendation r) {
        return new AwardRecommendationView(r.id, r.cluster.code, r.year, AwardTypeRef.of(r.awardType), r.kind, r.nomineeKind,
                r.nomineeName, ProvinceRef.of(r.nomineeProvince), r.nomineeOrganisation, r.nomineePosition, r.directWorker,
                ProvinceRef.of(r.proposingProvince), MovementRef.of(r.movement), r.achievements, r.status,
                r.membersPresent == null ? null
                        : new VoteView(r.membersPresent, r.votesFor, r.votesAgainst, r.votesAbstaining),
                r.decisionNumber == null ? null
                        : new DecisionView(r.decisionNumber, r.decisionDate, r.decidingAuthority),
                r.reason, r.rankingOverride, r.status.allowedActions(), r.missingDocuments(), r.createdAt, r.updatedAt);
    }

    @Schema(name = "RecommendationVote", description = "The cluster's vote on a recommendation.")
    public record VoteView(
            @Schema(description = "Members present at the meeting.", example = "9", required = true)
            int membersPresent,
            @Schema(description = "Votes for.", example = "8", required = true)
            int votesFor,
            @Schema(description = "Votes against.", example = "1", required = true)
            int votesAgainst,
            @Schema(description = "Abstentions.", example = "0", required = true)
            int votesAbstaining) {
    }

    @Schema(name = "RecommendationDecision", description = "The decision (quyết định) that granted the award.")
    public record DecisionView(
            @Schema(description = "Number of the decision.", example = "1234/QĐ-TTg", required = true)
            String number,
            @Schema(description = "Date it was signed.", example = "2024-10-14", required = true)
            LocalDate date,
            @Schema(description = "Who signed it.", example = "Thủ tướng Chính phủ", required = true)
            String authority) {
    }

    /** Names the page schema in the contract. */
    @Schema(name = "AwardRecommendationPage", description = "One page of award recommendations.")
    public static final class Page extends KeysetPageView<AwardRecommendationView> {
        private Page() {
            super(null, 0, 0, null, null);
        }
    }
}
