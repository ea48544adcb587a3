package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A revision stores a date as text; `asOf` reads it back, so the text must give the same date again. */
class FieldsTest {

    @Test
    void aDateReadsBackFromItsRevisionText() {
        for (PartialDate date : new PartialDate[] {
                PartialDate.parse("2025-02-27", DatePrecision.DAY, DateBasis.STATED, null),
                PartialDate.parse("2025-03", DatePrecision.MONTH, DateBasis.PUBLICATION_MONTH, "seed header (month)"),
                PartialDate.parse("2025-02-28/2025-03-01", DatePrecision.RANGE, DateBasis.RESOLVED_FROM_RELATIVE,
                        "'na afloop' of a Friday clash")}) {
            String text = Fields.text(date);
            PartialDate back = Fields.date(text);
            assertEquals(text, Fields.text(back));
            assertEquals(date.date, back.date);
            assertEquals(date.end, back.end);
            assertEquals(date.note, back.note);
        }
        assertNull(Fields.date(null));
        assertEquals(LocalDate.of(2025, 3, 31), Fields.date("2025-03 MONTH STATED").end);
    }
}
