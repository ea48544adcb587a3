package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.parley.core.SortDirection;
import org.parley.core.Keyset;

@Description("What a list of positions is sorted by. Ties are broken by creation order, so the order is total and cursors are stable.")
public enum PositionOrderField {
    @Description("The first day of the position's date period (`date`).")
    DATE,
    @Description("When the position was recorded (creation order).")
    CREATED,
    @Description("The kind, by name (ACCEPTANCE, COMMITMENT, ...).")
    KIND;

    /** This order in a direction, with its keyset paging, on entity alias {@code alias}. */
    public Keyset in(String alias, SortDirection direction) {
        return switch (this) {
            case DATE -> Keyset.ordered(name(), alias, "date.date", java.time.LocalDate::parse, false, direction);
            case CREATED -> Keyset.ordered(name(), alias, null, null, false, direction);
            case KIND -> Keyset.ordered(name(), alias, "kind", PositionKind::valueOf, false, direction);
        };
    }

    /** The sort key of a position in this order. */
    public Object keyOf(Position p) {
        return switch (this) {
            case DATE -> p.date.date;
            case CREATED -> null;
            case KIND -> p.kind.name();
        };
    }
}
