package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of organizations. " + PageInfo.VALUE_TYPE_PAGE)
public class OrganizationConnection extends Connection<OrganizationType, OrganizationConnection.OrganizationEdge> {

    public OrganizationConnection(Slice<OrganizationType> slice) {
        super(slice, OrganizationEdge::new);
    }

    @Description("A organization with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record OrganizationEdge(
            @NonNull @Description("Cursor of this organization, for `after` or `before`.") String cursor,
            @NonNull @Description("The organization.") OrganizationType node) {
    }
}
