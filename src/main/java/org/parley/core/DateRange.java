package org.parley.core;

import java.time.LocalDate;
import java.util.Map;

/**
 * The date arguments of a list: {@code on} (a day; only records known to that day match)
 * or {@code from}/{@code to}: records whose whole date period lies inside the window
 * ({@link DateMatch#WITHIN}, the default) or shares a day with it ({@link DateMatch#OVERLAPS}).
 */
public record DateRange(LocalDate on, LocalDate from, LocalDate to, DateMatch match) {

    public static DateRange of(LocalDate on, LocalDate from, LocalDate to) {
        return of(on, from, to, DateMatch.WITHIN);
    }

    public static DateRange of(LocalDate on, LocalDate from, LocalDate to, DateMatch match) {
        return of(on, from, to, match, "");
    }

    /** As {@link #of(LocalDate, LocalDate, LocalDate, DateMatch)}; errors name the argument {@code prefix + "to"}. */
    public static DateRange of(LocalDate on, LocalDate from, LocalDate to, DateMatch match, String prefix) {
        if (on != null && (from != null || to != null)) {
            throw ParleyException.badInput(prefix + "on", "'" + prefix + "on' cannot be combined with 'from' or 'to'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ParleyException.badInput(prefix + "to", "'" + prefix + "to' (" + to + ") is before 'from' (" + from + ")");
        }
        return new DateRange(on, from, to, match == null ? DateMatch.WITHIN : match);
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
        if (match == DateMatch.OVERLAPS) {
            // A period [date, end] shares a day with [from, to] when it ends no earlier than
            // 'from' and starts no later than 'to'.
            if (from != null) {
                hql.append(" and ").append(alias).append(".date.end >= :fromDay");
                params.put("fromDay", from);
            }
            if (to != null) {
                hql.append(" and ").append(alias).append(".date.date <= :toDay");
                params.put("toDay", to);
            }
            return hql.toString();
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
