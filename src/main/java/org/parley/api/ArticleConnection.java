package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of articles. " + PageInfo.VALUE_TYPE_PAGE)
public class ArticleConnection extends Connection<ArticleType, ArticleConnection.ArticleEdge> {

    public ArticleConnection(Slice<ArticleType> slice) {
        super(slice, ArticleEdge::new);
    }

    @Description("An article with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record ArticleEdge(
            @NonNull @Description("Cursor of this article, for `after` or `before`.") String cursor,
            @NonNull @Description("The article.") ArticleType node) {
    }
}
