package org.parley.core;

import java.time.LocalDate;
import java.util.Map;

/**
 * The date arguments of a list: {@code on} (a day; only records known to that day match)
 * or {@code from}/{@code to} (records whose whole date period lies inside the range).
 */
public record DateRange(LocalDate on, LocalDate from, LocalDate to) {

    public static DateRange of(LocalDate on, LocalDate from, LocalDate to) {
        if (on != null && (from != null || to != null)) {
            throw ParleyException.badInput("on", "'on' cannot be combined with 'from' or 'to'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ParleyException.badInput("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return new DateRange(on, from, to);
    }

    public boolean isEmpty() {
        return on == null && from == null && to == null;
    }

    /** HQL conditions on {@code alias.date}, each starting with " and ". */
    public String where(String alias, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder();
        if (on != null) {
            hql.append(" and ").append(alias).append(".date.date = :onDay and ").append(alias)
                    .append(".date.precision = :dayPrecision");
            params.put("onDay", on);
            params.put("dayPrecision", DatePrecision.DAY);
        }
        if (from != null) {
            hql.append(" and ").append(alias).append(".date.date >= :fromDay");
            params.put("fromDay", from);
        }
        if (to != null) {
            // The period starts no later than it ends, so "date <= to" holds too; saying it
            // gives the (…, event_date, id) indexes an upper bound instead of a scan to the end.
            hql.append(" and ").append(alias).append(".date.date <= :toDay and ").append(alias)
                    .append(".date.end <= :toDay");
            params.put("toDay", to);
        }
        return hql.toString();
    }
}
