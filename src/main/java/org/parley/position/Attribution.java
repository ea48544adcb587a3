package org.parley.position;

import org.eclipse.microprofile.graphql.Description;

@Description("Whose words a position is in: the holder's, or the article's own report or assessment of the holder.")
public enum Attribution {
    @Description("The article attributes it to the holder: a quote, reported speech or a view or agreement ascribed to them (\"zei\", \"zegt\", \"vinden\", \"hebben afgesproken\").")
    SAID,
    @Description("The article reports it in its own words as what the holder does or faces, without words of the holder (\"Aan Starmer de taak …\", \"dat beladen onderwerp meed Rutte\").")
    REPORTED,
    @Description("The article's own hedged assessment of the holder's intentions (\"Trump lijkt niet van plan …\"); the holder did not say it and the article is not sure of it.")
    ASSESSED
}
