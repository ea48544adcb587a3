package org.parley.source;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EvidenceInput")
@Description("A verbatim quote backing a fact. The server finds it in the article and computes the offsets.")
public class EvidenceInput {

    public static final int MAX_QUOTE = 4000;

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the article quoted.")
    public String article;

    @NonNull
    @NotBlank
    @Size(max = MAX_QUOTE)
    @Description("The quote, character for character as it occurs in the article text (at most 4,000 characters).")
    public String quote;

    @Min(1)
    @Description("Which occurrence of the quote is meant when it occurs more than once; 1 (the first) when omitted.")
    public Integer occurrence;
}
