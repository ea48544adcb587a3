package org.parley.graphql;

import org.parley.core.TextValidator;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input coercion as the GraphQL specification has it, in front of SmallRye's lenient scalars.
 *
 * <ul>
 * <li>{@code Int}: only a whole number from -2^31 to 2^31-1 (SmallRye would accept the string
 * "12", and wrap 2^32 to 0). A JSON number with a zero fraction ({@code 1.0}) is whole and
 * accepted.
 * <li>{@code Date}: only {@code YYYY-MM-DD}, a day that exists, years 0001 to 9999.
 * <li>{@code String} and {@code ID}: no NUL (U+0000), also when written as the escape
 * escape backslash-u0000 in the document, which the request gate cannot see.
 * </ul>
 *
 * A refused value is a coercion error, reported as BAD_USER_INPUT with a message that says
 * what is allowed. Accepted values are handed to the original coercing unchanged, so SmallRye
 * receives what it always received.
 */
final class StrictScalars {

    static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private StrictScalars() {
    }

    /**
     * Makes the schema's Int, Date, String and ID scalars strict, in place. The scalar objects
     * keep their identity (SmallRye's type resolvers and graphql-java's fragment matching compare
     * schema types by identity, so rebuilding the schema with new scalar objects breaks
     * {@code ... on Position}); only their coercing is wrapped.
     */
    static void install(GraphQLSchema schema) {
        for (String name : new String[] { "Int", "Date", "String", "ID" }) {
            if (schema.getType(name) instanceof GraphQLScalarType scalar && !(scalar.getCoercing() instanceof Strict)) {
                Coercing<?, ?> strict = switch (name) {
                    case "Int" -> new StrictInt(scalar.getCoercing());
                    case "Date" -> new StrictDate(scalar.getCoercing());
                    default -> new NoNul(scalar.getCoercing());
                };
                try {
                    java.lang.reflect.Field coercing = GraphQLScalarType.class.getDeclaredField("coercing");
                    coercing.setAccessible(true);
                    coercing.set(scalar, strict);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalStateException("Cannot make the " + name + " scalar strict", e);
                }
            }
        }
    }

    /** Marks a coercing already made strict, so a second pass leaves it alone. */
    interface Strict {
    }

    /** Delegates everything; subclasses check input first. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    abstract static class Checked implements Coercing<Object, Object>, Strict {

        final Coercing original;

        Checked(Coercing<?, ?> original) {
            this.original = original;
        }

        @Override
        public Object serialize(Object dataFetcherResult, GraphQLContext context, Locale locale)
                throws CoercingSerializeException {
            return original.serialize(dataFetcherResult, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            return original.parseValue(checkValue(input), context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            checkLiteral(input);
            return original.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return original.valueToLiteral(input, context, locale);
        }

        // The pre-context API, which SmallRye still calls while it converts arguments.

        @Override
        @Deprecated
        public Object serialize(Object dataFetcherResult) throws CoercingSerializeException {
            return original.serialize(dataFetcherResult);
        }

        @Override
        @Deprecated
        public Object parseValue(Object input) throws CoercingParseValueException {
            return original.parseValue(checkValue(input));
        }

        @Override
        @Deprecated
        public Object parseLiteral(Object input) throws CoercingParseLiteralException {
            if (input instanceof Value<?> value) {
                checkLiteral(value);
            }
            return original.parseLiteral(input);
        }

        @Override
        @Deprecated
        public Object parseLiteral(Object input, java.util.Map<String, Object> variables) throws CoercingParseLiteralException {
            if (input instanceof Value<?> value) {
                checkLiteral(value);
            }
            return original.parseLiteral(input, variables);
        }

        @Override
        @Deprecated
        public Value<?> valueToLiteral(Object input) {
            return original.valueToLiteral(input);
        }

        /** Returns the value to hand on, or throws CoercingParseValueException. */
        abstract Object checkValue(Object input);

        /** Throws CoercingParseLiteralException for a literal the scalar must not accept. */
        abstract void checkLiteral(Value<?> input);
    }

    static final class StrictInt extends Checked {

        StrictInt(Coercing<?, ?> original) {
            super(original);
        }

        @Override
        Object checkValue(Object input) {
            if (input instanceof Integer || input instanceof Short || input instanceof Byte) {
                return input;
            }
            if (!(input instanceof Number number)) {
                throw new CoercingParseValueException("Expected an Int (a whole number from -2147483648 to 2147483647), got "
                        + describe(input) + "; send it as a JSON number, not in quotes");
            }
            BigInteger whole = whole(number);
            if (whole == null) {
                throw new CoercingParseValueException("Expected an Int, got " + number
                        + ", which is not a whole number");
            }
            if (whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0) {
                throw new CoercingParseValueException("Expected an Int from -2147483648 to 2147483647, got " + number);
            }
            return whole.intValueExact();
        }

        @Override
        void checkLiteral(Value<?> input) {
            if (input instanceof IntValue literal) {
                BigInteger value = literal.getValue();
                if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
                    throw new CoercingParseLiteralException("Expected an Int from -2147483648 to 2147483647, got " + value);
                }
                return;
            }
            if (input instanceof FloatValue literal) {
                throw new CoercingParseLiteralException("Expected an Int, got " + literal.getValue().toPlainString()
                        + "; write a whole number without a fraction or exponent");
            }
            if (input instanceof StringValue literal) {
                throw new CoercingParseLiteralException("Expected an Int, got the string \"" + literal.getValue()
                        + "\"; write the number without quotes");
            }
            throw new CoercingParseLiteralException("Expected an Int, got " + input.getClass().getSimpleName());
        }

        /** The number as a whole BigInteger, or null when it has a fraction or is not finite. */
        static BigInteger whole(Number number) {
            if (number instanceof Long || number instanceof java.util.concurrent.atomic.AtomicInteger
                    || number instanceof java.util.concurrent.atomic.AtomicLong) {
                return BigInteger.valueOf(number.longValue());
            }
            if (number instanceof BigInteger big) {
                return big;
            }
            BigDecimal decimal;
            try {
                decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                return null; // Infinity, NaN
            }
            if (decimal.scale() > 0 && decimal.stripTrailingZeros().scale() > 0) {
                return null;
            }
            // a huge exponent (1e400) would make toBigIntegerExact allocate a huge number: refuse by size first
            if (decimal.precision() - decimal.scale() > 20) {
                return INT_MAX.add(BigInteger.ONE);
            }
            return decimal.toBigIntegerExact();
        }
    }

    static final class StrictDate extends Checked {

        StrictDate(Coercing<?, ?> original) {
            super(original);
        }

        @Override
        Object checkValue(Object input) {
            if (input instanceof String text) {
                String problem = problem(text);
                if (problem != null) {
                    throw new CoercingParseValueException(problem);
                }
                return input;
            }
            if (input instanceof LocalDate) {
                return input;
            }
            throw new CoercingParseValueException("Expected a Date written as a string YYYY-MM-DD, got " + describe(input));
        }

        @Override
        void checkLiteral(Value<?> input) {
            if (!(input instanceof StringValue literal)) {
                throw new CoercingParseLiteralException("Expected a Date written as a string \"YYYY-MM-DD\"");
            }
            String problem = problem(literal.getValue());
            if (problem != null) {
                throw new CoercingParseLiteralException(problem);
            }
        }

        /** What is wrong with a date string, or null when it is a real day in the years 0001 to 9999. */
        static String problem(String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                return "'" + shown + "' is not a Date: write YYYY-MM-DD with a four-digit year from 0001 to 9999, e.g. 2025-02-27";
            }
            int year = Integer.parseInt(m.group(1));
            if (year < 1) {
                return "'" + shown + "' is not a Date: the year must be from 0001 to 9999";
            }
            try {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return null;
            } catch (DateTimeException e) {
                return "'" + shown + "' is not a Date: that day does not exist";
            }
        }
    }

    /** String and ID: no NUL, no half surrogate pair (TextValidator.encodingProblem). */
    static final class NoNul extends Checked {

        NoNul(Coercing<?, ?> original) {
            super(original);
        }

        @Override
        Object checkValue(Object input) {
            String problem = input instanceof String text ? TextValidator.encodingProblem(text) : null;
            if (problem != null) {
                throw new CoercingParseValueException("Text " + problem + "; remove them");
            }
            return input;
        }

        @Override
        void checkLiteral(Value<?> input) {
            String problem = input instanceof StringValue literal && literal.getValue() != null
                    ? TextValidator.encodingProblem(literal.getValue()) : null;
            if (problem != null) {
                throw new CoercingParseLiteralException("Text " + problem + "; remove the escapes that produce them");
            }
        }
    }

    static String describe(Object input) {
        if (input instanceof String text) {
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        return input == null ? "null" : "a " + input.getClass().getSimpleName().replace("Json", "").toLowerCase(Locale.ROOT);
    }
}
