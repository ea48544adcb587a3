package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections). " + PageInfo.VALUE_TYPE_PAGE)
public class PageInfo {

    /** The reason pages and their parts carry no `id`; the client cache check looks for "Value type". */
    static final String VALUE_TYPE_PAGE = "Value type (no `id`): it describes one answer of the field and arguments"
            + " that returned it, so a client cache keeps it inside that field.";

    /** The same for mutation results. */
    static final String VALUE_TYPE_PAYLOAD = "Value type (no `id`): the result of one mutation; the objects in it"
            + " have IDs, and a client cache updates them.";

    private final String startCursor;
    private final String endCursor;
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;

    public PageInfo(String startCursor, String endCursor, boolean hasNextPage, boolean hasPreviousPage) {
        this.startCursor = startCursor;
        this.endCursor = endCursor;
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
    }

    @Description("Cursor of the first item of this page; pass it as `before` (with `last`) to get the page before. Null on an empty page.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last item of this page; pass it as `after` to get the next page. Null on an empty page.")
    public String getEndCursor() {
        return endCursor;
    }

    @NonNull
    @Description("Whether items follow this page: reading forward, more were left than the page holds; or `before` was given (its own item follows).")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("Whether items precede this page: reading backward (`last`), more were left than the page holds; or `after` was given (its own item precedes).")
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }
}
