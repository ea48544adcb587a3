package org.parley.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What every way of adding an article asks besides its text: title, language, outlet. */
public abstract class ArticleInput {

    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("Editorial title (at most 500 characters).")
    public String title;

    @NonNull
    @NotNull
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code of two lower-case letters")
    @Description("ISO 639-1 language of the text (\"nl\").")
    public String language;

    @Size(max = 200)
    @Description("The outlet that published it, when known (at most 200 characters).")
    public String outlet;
}
