package vn.thidua.province;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PROVINCE: tỉnh; CITY: thành phố trực thuộc trung ương (centrally-run city).")
public enum ProvinceType {
    PROVINCE,
    CITY
}
