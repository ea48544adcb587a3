package org.parley.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AddArticleInput")
@Description("A news article to add as a source, with its full text.")
public class AddArticleInput extends ArticleInput {

    /** Largest article text accepted (characters); the request body limit (64 KiB) caps it too. */
    public static final int MAX_TEXT = 60_000;

    @NonNull
    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month, YYYY-MM")
    @Description("Publication month, `YYYY-MM`.")
    public String publishedMonth;

    @NonNull
    @NotBlank
    @Size(max = MAX_TEXT)
    @Description("The full text, exactly as published (at most 60,000 characters). Evidence quotes must occur in it verbatim.")
    public String text;
}
