package org.parley.core;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a chronological list. Ties on the date are broken by creation order.")
public enum SortDirection {
    @Description("Oldest first.")
    ASC,
    @Description("Newest first.")
    DESC
}
