package vn.thidua.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringItemKind", description = "CRITERION: scored 0 to its maximum (tiêu chí chấm điểm); BONUS: points "
        + "added, up to its limit (điểm thưởng); PENALTY: points deducted, up to its limit (điểm trừ).")
public enum ScoringItemKind {
    CRITERION,
    BONUS,
    PENALTY
}
