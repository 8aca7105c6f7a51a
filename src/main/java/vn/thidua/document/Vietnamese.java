package vn.thidua.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

/** Numbers and periods written the Vietnamese way: 116.318 tỷ đồng, 8,26%, 6 tháng đầu năm 2023. */
public final class Vietnamese {

    private Vietnamese() {
    }

    /** A number format with "." between thousands and "," before decimals, up to 4 decimals (numeric(18,4)). */
    public static NumberFormat numberFormat() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.####", symbols);
    }

    /** 116318 as "116.318", 8.26 as "8,26"; empty for none. */
    public static String number(BigDecimal value) {
        return value == null ? "" : numberFormat().format(value);
    }

    /**
     * A number with its unit: "116.318 tỷ đồng", "8,26%", "92,5% kế hoạch". A no-break space keeps the number
     * and its unit on one line.
     */
    public static String amount(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        return number(value) + (unit.startsWith("%") ? "" : "\u00a0") + unit;
    }

    /** A period as the review reports name it: 2023-H1 is "6 tháng đầu năm 2023", 2023-FY is "năm 2023". */
    public static String period(String period) {
        String year = period.substring(0, 4);
        return period.endsWith("H1") ? "6 tháng đầu năm " + year : "năm " + year;
    }
}
