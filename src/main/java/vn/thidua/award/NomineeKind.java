package vn.thidua.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who receives an award: INDIVIDUAL: cá nhân; COLLECTIVE: tập thể (a unit, company, commune...); "
        + "HOUSEHOLD: hộ gia đình.")
public enum NomineeKind {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD
}
