package org.parley.position;

import org.eclipse.microprofile.graphql.Description;

@Description("How a later position relates to an earlier one.")
public enum PositionLinkKind {
    @Description("The later position replaces the earlier one (a revised offer, a new deadline).")
    SUPERSEDES,
    @Description("The later position turns the earlier one around (a promise taken back, a refusal given up).")
    REVERSES
}
