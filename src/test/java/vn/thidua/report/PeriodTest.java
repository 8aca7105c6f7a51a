package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.common.ApiException;

/** Reporting periods, as a unit: what clients write, where each starts and ends. */
class PeriodTest {

    @Test
    void aPeriodReadsAsWrittenAndPrintsTheSame() {
        Period h1 = Period.ofParameter("2023-H1", "period");
        assertEquals(new Period(2023, PeriodKind.H1), h1);
        assertEquals("2023-H1", h1.toString());
        assertEquals("2025-FY", Period.ofField("2025-FY", "period").toString());
    }

    @Test
    void bothPeriodsStartOnTheFirstOfJanuaryAndEndWithTheirHalfOrYear() {
        assertEquals(LocalDate.of(2023, 1, 1), new Period(2023, PeriodKind.H1).start());
        assertEquals(LocalDate.of(2023, 1, 1), new Period(2023, PeriodKind.FY).start());
        assertEquals(LocalDate.of(2023, 6, 30), new Period(2023, PeriodKind.H1).lastDay());
        assertEquals(LocalDate.of(2023, 12, 31), new Period(2023, PeriodKind.FY).lastDay());
    }

    @Test
    void aMalformedParameterIsABadRequestAndAFieldOutOfRangeIsInvalid() {
        for (String text : new String[] {"2023-Q3", "23-H1", "2023-h1", "", null}) {
            assertEquals(ApiException.Kind.BAD_REQUEST,
                    assertThrows(ApiException.class, () -> Period.ofParameter(text, "period")).kind(), String.valueOf(text));
        }
        assertEquals(ApiException.Kind.UNPROCESSABLE,
                assertThrows(ApiException.class, () -> Period.ofField("1944-FY", "period")).kind());
    }
}
