package org.parley.core;

import org.eclipse.microprofile.graphql.Description;

@Description("How `from`/`to` compare with a record's date period (from `date` to `dateEnd`).")
public enum DateMatch {
    @Description("The whole period lies inside the window: the record certainly happened in it. A record known only to the month of March is not in a window of one day in March.")
    WITHIN,
    @Description("The period and the window share at least one day: the record may have happened in the window. Finds records known to the month, the year or an interval of days that reaches into the window.")
    OVERLAPS
}
