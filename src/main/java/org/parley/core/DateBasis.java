package org.parley.core;

import org.eclipse.microprofile.graphql.Description;

@Description("How a date was obtained. Every basis except STATED is an inference by Parley's curators.")
public enum DateBasis {
    @Description("The article states the date itself.")
    STATED,
    @Description("Worked out from a relative expression in the article (\"maandag\", \"gisteren\") and the time of the article.")
    RESOLVED_FROM_RELATIVE,
    @Description("Only the article's publication month is known.")
    PUBLICATION_MONTH,
    @Description("From general knowledge, not from the article.")
    INFERRED;

    public boolean isInferred() {
        return this != STATED;
    }
}
