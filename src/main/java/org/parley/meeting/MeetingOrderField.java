package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.parley.core.SortDirection;
import org.parley.core.Keyset;

@Description("What a list of meetings is sorted by. Ties are broken by creation order, so the order is total and cursors are stable.")
public enum MeetingOrderField {
    @Description("The first day of the meeting's date period; undated meetings come last in both directions.")
    DATE,
    @Description("When the meeting was recorded (creation order).")
    CREATED,
    @Description("The title, alphabetically (as the database compares text).")
    TITLE;

    /** This order in a direction, with its keyset paging, on entity alias {@code alias}. */
    public Keyset in(String alias, SortDirection direction) {
        return switch (this) {
            case DATE -> Keyset.ordered(name(), alias, "date.date", java.time.LocalDate::parse, true, direction);
            case CREATED -> Keyset.ordered(name(), alias, null, null, false, direction);
            case TITLE -> Keyset.ordered(name(), alias, "title", key -> key, false, direction);
        };
    }

    /** The sort key of a meeting in this order. */
    public Object keyOf(Meeting m) {
        return switch (this) {
            case DATE -> m.date == null ? null : m.date.date;
            case CREATED -> null;
            case TITLE -> m.title;
        };
    }
}
