package org.parley.api;

import org.parley.source.AddArticleInput;
import org.parley.source.ArticleCuration;
import org.parley.source.ImportArticleInput;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ArticleMutations {

    @Inject
    ArticleCuration articles;

    @Mutation("addArticle")
    @RolesAllowed("editor")
    @Description("Adds a source article. The same text twice is a CONFLICT. Editors only.")
    public @NonNull AddArticlePayload addArticle(@NonNull @Description("The article.") AddArticleInput input) {
        return new AddArticlePayload(new ArticleType(articles.add(input)));
    }

    @Mutation("importArticle")
    @RolesAllowed("editor")
    @Description("Adds a source article given in the seed format (` date YYYY-MM` header, then the text). Editors only.")
    public @NonNull AddArticlePayload importArticle(@NonNull @Description("The article.") ImportArticleInput input) {
        return new AddArticlePayload(new ArticleType(articles.importSeed(input)));
    }
}
