package vn.thidua.common;

import java.math.BigDecimal;

/** Numbers as clients read them: the database's numeric(18,4) without trailing zeros (17800, not 17800.0000). */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
