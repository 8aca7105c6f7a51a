package vn.thidua.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.ApiException;

/**
 * A reporting period as clients write it: {@code "2023-H1"} (first half) or {@code "2023-FY"} (whole
 * year). Both start on 1 January of their year; a report for a period can be created from that day on.
 */
public record Period(int year, PeriodKind kind) {

    public static final String PATTERN = "^[0-9]{4}-(H1|FY)$";
    public static final String DESCRIPTION = "Reporting period: YEAR-H1 (first half, sơ kết 6 tháng) or YEAR-FY "
            + "(whole year, tổng kết năm).";
    private static final Pattern FORMAT = Pattern.compile("^([0-9]{4})-(H1|FY)$");
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    /** A period from a path or query parameter: 400 naming the parameter when malformed. */
    public static Period ofParameter(String text, String parameter) {
        Matcher match = text == null ? null : FORMAT.matcher(text);
        if (match == null || !match.matches()) {
            throw ApiException.badRequest(parameter, "must be a period such as \"2023-H1\" or \"2023-FY\"");
        }
        return new Period(Integer.parseInt(match.group(1)), PeriodKind.valueOf(match.group(2)));
    }

    /** A period from a request body (already checked against {@link #PATTERN}): 422 when out of range. */
    public static Period ofField(String text, String field) {
        Matcher match = FORMAT.matcher(text);
        if (!match.matches()) {
            throw ApiException.unprocessable(field, "must be a period such as \"2023-H1\" or \"2023-FY\"");
        }
        Period period = new Period(Integer.parseInt(match.group(1)), PeriodKind.valueOf(match.group(2)));
        if (period.year < FIRST_YEAR || period.year > LAST_YEAR) {
            throw ApiException.unprocessable(field, "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return period;
    }

    /** The first day of the period: 1 January for both H1 and FY. */
    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day: 30 June for the first half, 31 December for the year. */
    public LocalDate lastDay() {
        return kind == PeriodKind.H1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        return year + "-" + kind;
    }
}
