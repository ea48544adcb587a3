package org.parley.core;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL function {@code parley_word_match(searchText, word)}: true when a word of the stored
 * {@link SearchText} starts with {@code word} (already in stored form). On PostgreSQL it is the
 * full-text match {@code to_tsvector('simple', col) @@ to_tsquery('simple', word || ':*')}, the
 * expression the GIN indexes of V11 are built on, so the planner uses them; elsewhere (H2) it is
 * {@code col LIKE '% word%'} over the same words. Registered through
 * META-INF/services/org.hibernate.boot.model.FunctionContributor.
 */
public class SearchFunctions implements FunctionContributor {

    /** The function's name in HQL. */
    public static final String MATCH = "parley_word_match";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        boolean postgres = functions.getDialect() instanceof PostgreSQLDialect;
        // The word holds letters and digits only (SearchText.query), so it cannot change the
        // tsquery's syntax or the LIKE pattern.
        String pattern = postgres
                ? "(to_tsvector('simple', ?1) @@ to_tsquery('simple', ?2 || ':*'))"
                : "(?1 like ('% ' || ?2 || '%'))";
        functions.getFunctionRegistry().patternDescriptorBuilder(MATCH, pattern)
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
