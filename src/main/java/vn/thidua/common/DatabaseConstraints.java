package vn.thidua.common;

import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

/**
 * Turns a constraint the database enforced into the refusal a client reads. The database decides
 * (also when two requests race); this class only words its decision.
 */
final class DatabaseConstraints {

    private record Refusal(ApiException.Kind kind, String field, String message) {
    }

    private static final Map<String, Refusal> KNOWN = Map.ofEntries(
            conflict("province_code_unique_in_time", "code",
                    "Another unit has this code during an overlapping period; a code names one unit at a time."),
            conflict("cluster_code_key", "code", "A cluster with this code already exists."),
            conflict("membership_province_once_per_cluster_year", "provinceCode",
                    "The province is already a member of this cluster in that year."),
            conflict("membership_one_head_per_cluster_year", "role",
                    "The cluster already has a head (HEAD) in that year; change that membership's role first."),
            conflict("membership_one_cluster_of_provinces_per_year", "provinceCode",
                    "The province already belongs to another cluster of provinces in that year."),
            conflict("membership_cluster_fk", null,
                    "The cluster still has members; remove its memberships first."),
            conflict("indicator_code_key", "code", "An indicator with this code already exists."),
            conflict("report_once_per_member_period", "period",
                    "The province already has a report to this cluster for this period; update that one."),
            conflict("report_membership_fk", null,
                    "A report needs its province's membership of the cluster that year: a membership with reports "
                            + "cannot be removed, and a removed membership takes no reports."),
            conflict("award_type_code_key", "code", "An award type with this code already exists."),
            conflict("movement_code_key", "code", "A movement with this code already exists."),
            conflict("award_recommendation_nominee_once", "nomineeName",
                    "This nominee is already recommended for this award in that year (names are compared without "
                            + "diacritics or case)."),
            conflict("award_recommendation_one_flag_per_cluster_year", null,
                    "The cluster has already endorsed a nominee for the Government Emulation Flag (Cờ thi đua của Chính "
                            + "phủ) in that year; a cluster endorses at most one per year."),
            unprocessable("award_recommendation_flag_to_collective", "nomineeKind",
                    "The Government Emulation Flag goes to collectives only."),
            unprocessable("award_recommendation_vote_adds_up", "membersPresent",
                    "membersPresent must equal votesFor + votesAgainst + votesAbstaining."),
            conflict("scoring_scheme_once_per_cluster_year", "year",
                    "The cluster already has a scoring scheme for this year; replace that one (PUT) until a member submits "
                            + "its scorecard."),
            conflict("scoring_scheme_frozen", null,
                    "The scoring scheme is frozen: a member has submitted its scorecard, and every card is scored against "
                            + "the same scheme."),
            conflict("scorecard_once_per_member_year", "provinceCode",
                    "The member already has a scorecard for this year; update that one."),
            conflict("scorecard_membership_fk", null,
                    "A scorecard needs its province's membership of the cluster that year: a membership with a scorecard "
                            + "cannot be removed."),
            conflict("election_once_per_cluster_year", "year",
                    "The cluster already has an election of its head and deputies for this year."),
            conflict("election_head_membership_fk", null,
                    "The province was elected head of the cluster for that year: its membership cannot be removed."),
            conflict("covenant_once_per_cluster_year", "year",
                    "The cluster already has a covenant for this year; change the draft, or amend the signed one."),
            conflict("covenant_signed_is_immutable", null,
                    "The covenant is signed and never changes; amend it with a reason instead."),
            conflict("conference_once_per_kind_and_year", "kind",
                    "The cluster already has a conference of this kind about this year (one of each kind but OTHER)."),
            conflict("conference_host_membership_fk", null,
                    "A conference's host is a member of the cluster in the conference's year: the membership of a province "
                            + "that hosted a conference cannot be removed."),
            unprocessable("election_conference_fk", "conferenceId",
                    "The election names no conference of this cluster about the year reviewed (the year before the one "
                            + "served)."),
            unprocessable("conference_province_is_member", "delegations",
                    "Delegations and presentations are of members of the cluster in the conference's year."),
            unprocessable("conference_delegation_pkey", "delegations", "A province has one delegation."),
            unprocessable("conference_outcome_of_its_cluster_year", null,
                    "Reports reviewed and nominations voted are submitted ones of the cluster's year."),
            unprocessable("conference_agenda_item_within_its_days", "agenda",
                    "An agenda item's day lies within the conference's days."),
            conflict("conference_agenda_model_model_fk", null,
                    "The exemplary model was presented or visited at a conference: remove it from that agenda first."),
            conflict("conference_report_report_fk", null, "The report was reviewed at a conference."),
            conflict("conference_nomination_recommendation_fk", null, "The nomination was voted at a conference."),
            conflict("scoring_tie_vote_once_per_member", "votes",
                    "A vote for these members is already recorded: the ranking applies it."),
            conflict("exemplary_model_once", "name",
                    "This exemplary model is already recorded for its province and movement (names are compared without "
                            + "diacritics or case)."),
            unprocessable("scorecard_line_within_item", "lines",
                    "Points must lie between 0 and the item's maximum, for an item of the card's own scheme."));

    private DatabaseConstraints() {
    }

    static ApiException refusal(ConstraintViolationException violation) {
        String name = constraintName(violation);
        Refusal known = name == null ? null : KNOWN.get(name.toLowerCase());
        if (known != null) {
            List<Problem.FieldError> errors = known.field() == null
                    ? List.of() : List.of(new Problem.FieldError(known.field(), known.message()));
            return new ApiException(known.kind(), known.message(), errors);
        }
        return switch (violation.getKind()) {
            case FOREIGN_KEY -> ApiException.conflict("Other data still refers to this resource, or a referenced resource does not exist.");
            case CHECK, NOT_NULL -> new ApiException(ApiException.Kind.UNPROCESSABLE,
                    "A value is outside what the service accepts.", List.of());
            default -> ApiException.conflict("The change conflicts with existing data.");
        };
    }

    /** PostgreSQL names the constraint itself; Hibernate's guess misses some kinds (exclusion constraints). */
    private static String constraintName(ConstraintViolationException violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return violation.getConstraintName();
    }

    private static Map.Entry<String, Refusal> unprocessable(String constraint, String field, String message) {
        return Map.entry(constraint, new Refusal(ApiException.Kind.UNPROCESSABLE, field, message));
    }

    private static Map.Entry<String, Refusal> conflict(String constraint, String field, String message) {
        return Map.entry(constraint, new Refusal(ApiException.Kind.CONFLICT, field, message));
    }
}
