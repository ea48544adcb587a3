package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The result of adding an article. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class AddArticlePayload {

    private final ArticleType article;

    public AddArticlePayload(ArticleType article) {
        this.article = article;
    }

    @NonNull
    @Description("The article as stored, with its content hash.")
    public ArticleType getArticle() {
        return article;
    }
}
