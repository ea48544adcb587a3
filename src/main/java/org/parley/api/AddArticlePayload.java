package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The result of adding an article.")
public class AddArticlePayload {

    private final ArticleNode article;

    public AddArticlePayload(ArticleNode article) {
        this.article = article;
    }

    @NonNull
    @Description("The article as stored, with its content hash.")
    public ArticleNode getArticle() {
        return article;
    }
}
