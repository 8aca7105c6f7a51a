package vn.thidua.report;

/** H1: the first half of the year (sơ kết 6 tháng); FY: the whole year (tổng kết năm). */
public enum PeriodKind {
    H1,
    FY
}
