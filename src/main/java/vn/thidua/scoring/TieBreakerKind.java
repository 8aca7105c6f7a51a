package vn.thidua.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TieBreakerKind", description = "MAXIMUM_SCORES: more criteria at their maximum ranks first; GROUP_POINTS: "
        + "more points in the criteria group groupCode; INDICATOR: the better value of indicatorCode in the member's "
        + "accepted report for the whole year (YEAR-FY), in the catalog's direction (higher, or lower where lower is "
        + "better); VOTE: the members' vote between members still tied after the steps before (POST .../scores/{year}/tie-votes records its result; more votes first), the rule's last step. Members still tied after the whole rule share their rank.")
public enum TieBreakerKind {
    MAXIMUM_SCORES,
    GROUP_POINTS,
    INDICATOR,
    VOTE
}
