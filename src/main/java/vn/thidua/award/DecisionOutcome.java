package vn.thidua.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "APPROVED: the award was granted (needs the decision's number, date and authority); REJECTED: refused (needs a reason).")
public enum DecisionOutcome {
    APPROVED,
    REJECTED
}
