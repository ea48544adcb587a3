package org.parley.dataset;

import java.util.Map;
import java.util.regex.Pattern;
import org.parley.dataset.DatasetDocument.DateRecord;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

/** Checks on one dataset record; every failure names the record and the field. */
final class RecordCheck {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    private RecordCheck() {
    }

    static void key(String key, Where where) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new DatasetException(where + ": key must be a lowercase slug (a-z, 0-9, '-')");
        }
    }

    static String required(String value, Where where, String field) {
        if (value == null || value.isBlank()) {
            throw new DatasetException(where + ": " + field + " is required");
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, Where where, String field) {
        required(value, where, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(where + ": " + field + " '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static <T> T ref(Map<String, T> known, String key, Where where, String field) {
        T found = known.get(required(key, where, field));
        if (found == null) {
            throw new DatasetException(where + ": " + field + " refers to unknown key '" + key + "'");
        }
        return found;
    }

    static PartialDate partialDate(DateRecord date, Where where) {
        DatePrecision precision = enumValue(DatePrecision.class, date.precision(), where, "date precision");
        DateBasis basis = enumValue(DateBasis.class, date.basis(), where, "date basis");
        try {
            return PartialDate.parse(date.value(), precision, basis, date.note());
        } catch (IllegalArgumentException e) {
            throw new DatasetException(where + ": " + e.getMessage());
        }
    }
}
