package vn.thidua.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who grants the award: PRESIDENT: Chủ tịch nước; PRIME_MINISTER: Thủ tướng Chính phủ; "
        + "MINISTER_OR_PROVINCIAL_CHAIR: bộ trưởng, thủ trưởng ngành or chủ tịch UBND tỉnh; UNIT_HEAD: the head of the "
        + "unit (thủ trưởng cơ quan, đơn vị); COMMUNE_CHAIR: chủ tịch UBND xã.")
public enum DecidedBy {
    PRESIDENT,
    PRIME_MINISTER,
    MINISTER_OR_PROVINCIAL_CHAIR,
    UNIT_HEAD,
    COMMUNE_CHAIR
}
