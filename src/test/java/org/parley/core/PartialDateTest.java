package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates at each precision, RANGE included: written form, stored period, and what is refused. */
class PartialDateTest {

    @Test
    void aRangeKeepsBothEndsAndIsWrittenAsAnInterval() {
        PartialDate d = PartialDate.parse("2025-02-28/2025-03-01", DatePrecision.RANGE, DateBasis.RESOLVED_FROM_RELATIVE, "n");
        assertEquals(LocalDate.of(2025, 2, 28), d.date);
        assertEquals(LocalDate.of(2025, 3, 1), d.end);
        assertEquals("2025-02-28/2025-03-01", d.text());
    }

    @Test
    void theOtherPrecisionsStillDeriveTheirEnd() {
        assertEquals(LocalDate.of(2025, 2, 28), PartialDate.parse("2025-02", DatePrecision.MONTH, DateBasis.STATED, null).end);
        assertEquals(LocalDate.of(2024, 12, 31), PartialDate.parse("2024", DatePrecision.YEAR, DateBasis.STATED, null).end);
        assertEquals("2025-02-27", PartialDate.parse("2025-02-27", DatePrecision.DAY, DateBasis.STATED, null).text());
    }

    @Test
    void aRangeMustBeWrittenAsOneAndEndAfterItStarts() {
        assertMessage("not an interval", () -> PartialDate.parse("2025-02-28", DatePrecision.RANGE, DateBasis.STATED, null));
        assertMessage("written as an interval", () -> PartialDate.parse("2025-02-28/2025-03-01", DatePrecision.DAY, DateBasis.STATED, null));
        assertMessage("must end after it starts", () -> PartialDate.parse("2025-03-01/2025-02-28", DatePrecision.RANGE, DateBasis.STATED, null));
        assertMessage("must end after it starts", () -> PartialDate.parse("2025-03-01/2025-03-01", DatePrecision.RANGE, DateBasis.STATED, null));
        assertMessage("impossible date", () -> PartialDate.parse("2025-02-28/2025-02-30", DatePrecision.RANGE, DateBasis.STATED, null));
        assertMessage("needs its last day", () -> new PartialDate(LocalDate.of(2025, 1, 1), DatePrecision.RANGE, DateBasis.STATED, null));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '" + part + "'");
    }
}
