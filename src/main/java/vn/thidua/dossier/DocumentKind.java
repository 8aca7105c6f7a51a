package vn.thidua.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a document is: PROPOSAL_LETTER (tờ trình), ACHIEVEMENTS_REPORT (báo cáo thành tích), "
        + "VOTE_MINUTES (biên bản họp bình xét của Cụm), CERTIFICATION (xác nhận of an authority, where relevant), OTHER.")
public enum DocumentKind {
    PROPOSAL_LETTER,
    ACHIEVEMENTS_REPORT,
    VOTE_MINUTES,
    CERTIFICATION,
    OTHER;

    /** The documents the cluster adds while it decides on a nomination; the proposer's own come before. */
    public boolean clusters() {
        return this == VOTE_MINUTES || this == CERTIFICATION || this == OTHER;
    }
}
