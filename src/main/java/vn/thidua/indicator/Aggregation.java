package vn.thidua.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a cluster's value is formed from its members' values. SUM: the sum (money, communes); "
        + "AVERAGE: the plain average of the members that reported it; WEIGHTED_AVERAGE: the average weighted by "
        + "another indicator of the same reports (GRDP growth by GRDP), or the plain average when not every "
        + "report gives the weight; LIST: not combined, each member's value is listed (PAR Index, PCI ranks).")
public enum Aggregation {
    SUM,
    AVERAGE,
    WEIGHTED_AVERAGE,
    LIST
}
