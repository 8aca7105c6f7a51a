package vn.thidua.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of commendation (loại hình khen thưởng): MERIT: theo công trạng và thành tích; THEMATIC: theo "
        + "đợt, chuyên đề; AD_HOC: đột xuất; LONG_CONTRIBUTION: quá trình cống hiến; SENIORITY: theo niên hạn (armed "
        + "forces); FOREIGN: đối ngoại.")
public enum CommendationKind {
    MERIT,
    THEMATIC,
    AD_HOC,
    LONG_CONTRIBUTION,
    SENIORITY,
    FOREIGN
}
