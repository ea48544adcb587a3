package org.parley.graphql;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.Map;

/**
 * Gives SmallRye's {@code Date} and {@code DateTime} scalars a description of their format and
 * a {@code @specifiedBy} URL, so that code generators (graphql-codegen and the like) can map them.
 *
 * <p>SmallRye has no setting for this. It builds every field's scalar from its scalar registry
 * when the schema is bootstrapped, after it has loaded the {@link EventingService}s; so this
 * service, registered in META-INF/services, swaps in the described scalars when it is created.
 * The parsing and printing (coercing) stay SmallRye's.
 */
public class DateScalars implements EventingService {

    static final String DATE_SPEC = "https://scalars.graphql.org/andimarek/local-date.html";
    static final String DATE_TIME_SPEC = "https://www.iso.org/iso-8601-date-and-time-format.html";

    public DateScalars() {
        describe("Date", "A calendar date in ISO-8601 extended format, `YYYY-MM-DD` (e.g. `2025-02-27`),"
                + " without time or time zone. Every date in Parley comes with a `datePrecision`: a date known only"
                + " to the month or year is given as the first day of its period.", DATE_SPEC);
        describe("DateTime", "A date and time in ISO-8601 extended format without offset,"
                + " `YYYY-MM-DDThh:mm:ss[.fraction]` (e.g. `2025-03-13T09:30:00`), in the server's time zone (UTC"
                + " in the container images).", DATE_TIME_SPEC);
    }

    private static void describe(String name, String description, String specifiedBy) {
        GraphQLScalarType scalar = GraphQLScalarTypes.getScalarByName(name);
        if (scalar == null || specifiedBy.equals(scalar.getSpecifiedByUrl())) {
            return;
        }
        // specifiedByURL for introspection; the applied directive for the printed SDL.
        GraphQLAppliedDirective directive = GraphQLAppliedDirective.newDirective().name("specifiedBy")
                .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                        .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)).valueProgrammatic(specifiedBy).build())
                .build();
        GraphQLScalarType described = scalar.transform(b -> b.description(description).specifiedByUrl(specifiedBy)
                .withAppliedDirective(directive));
        // Every Java class mapped to this scalar (LocalDate, java.util.Date, ...) gets the described one.
        List<String> classes = GraphQLScalarTypes.getScalarMap().entrySet().stream()
                .filter(e -> e.getValue() == scalar).map(Map.Entry::getKey).toList();
        for (String className : classes) {
            GraphQLScalarTypes.registerCustomScalar(name, className, described);
        }
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }
}
