package org.parley.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ImportArticleInput")
@Description("A news article in the seed format of the founding dataset: a ` date YYYY-MM` header line, then the text.")
public class ImportArticleInput extends ArticleInput {

    @NonNull
    @NotBlank
    @Size(max = AddArticleInput.MAX_TEXT)
    @Description("The seed text: ` date YYYY-MM`, white space, then the body (at most 60,000 characters).")
    public String seedText;
}
