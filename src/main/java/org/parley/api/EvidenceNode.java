package org.parley.api;

import org.parley.source.Evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Evidence")
@Name("Evidence")
@Description("A verbatim quote from an article that backs a fact.")
public class EvidenceNode {

    private final Evidence evidence;

    public EvidenceNode(Evidence evidence) {
        this.evidence = evidence;
    }

    @Ignore
    public Long articleId() {
        return evidence.articleId;
    }

    @NonNull
    @Description("The quote, exactly as printed (Dutch for the founding articles).")
    public String getQuote() {
        return evidence.quote;
    }

    @NonNull
    @Description("Offset of the quote's first character in the article `text`.")
    public int getStartOffset() {
        return evidence.startOffset;
    }

    @NonNull
    @Description("Offset just past the quote's last character: `text.substring(startOffset, endOffset) == quote`.")
    public int getEndOffset() {
        return evidence.endOffset;
    }
}
