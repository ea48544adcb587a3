package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public class PageInfo {

    private final String endCursor;
    private final boolean hasNextPage;

    public PageInfo(String endCursor, boolean hasNextPage) {
        this.endCursor = endCursor;
        this.hasNextPage = hasNextPage;
    }

    @Description("Cursor of the last item of this page; pass it as `after` to get the next page. Null on an empty page.")
    public String getEndCursor() {
        return endCursor;
    }

    @NonNull
    @Description("Whether items follow this page.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }
}
