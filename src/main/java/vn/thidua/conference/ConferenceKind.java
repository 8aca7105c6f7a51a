package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConferenceKind", description = "COVENANT_SIGNING: where the covenant of the year is signed (early in the year, "
        + "often with the review of the year before); MID_YEAR_REVIEW: the review of the first half (sơ kết 6 tháng); "
        + "YEAR_END_REVIEW: the review of the year (tổng kết), early in the next, where members are ranked and next year's "
        + "head is elected; OTHER. A cluster holds one of each kind but OTHER per year.")
public enum ConferenceKind {
    COVENANT_SIGNING,
    MID_YEAR_REVIEW,
    YEAR_END_REVIEW,
    OTHER
}
