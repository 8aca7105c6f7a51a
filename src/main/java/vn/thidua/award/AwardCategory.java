package vn.thidua.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Form of commendation (hình thức khen thưởng) or emulation title: ORDER: huân chương; MEDAL: "
        + "huy chương; HONORARY_TITLE: danh hiệu vinh dự nhà nước; PRIZE: giải thưởng; COMMEMORATIVE_MEDAL: kỷ niệm "
        + "chương; CERTIFICATE_OF_MERIT: bằng khen; LETTER_OF_COMMENDATION: giấy khen; EMULATION_TITLE: danh hiệu thi đua.")
public enum AwardCategory {
    ORDER,
    MEDAL,
    HONORARY_TITLE,
    PRIZE,
    COMMEMORATIVE_MEDAL,
    CERTIFICATE_OF_MERIT,
    LETTER_OF_COMMENDATION,
    EMULATION_TITLE
}
