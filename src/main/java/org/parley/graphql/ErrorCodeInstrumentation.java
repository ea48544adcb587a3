package org.parley.graphql;

import org.parley.core.ErrorCode;
import org.parley.core.ParleyException;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseValueException;
import graphql.execution.NonNullableValueCoercedAsNullException;
import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.regex.Pattern;
import graphql.InvalidSyntaxError;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Gives every error in a response a machine-readable {@code extensions.code} and a message
 * safe to show. Client mistakes keep their explanation; anything unexpected becomes INTERNAL
 * with a generic message, and the exception is logged, never returned.
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    /** graphql-java prints literals as StringValue{value='x'}; clients need only 'x'. */
    private static final Pattern LITERAL = Pattern.compile("\\w+Value\\{value='?([^'}]*)'?\\}");

    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        // A null that only follows from an earlier error (a rejected argument) is noise.
        boolean consequential = result.getErrors().size() > 1;
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(e -> !(consequential && e.getErrorType() == ErrorType.NullValueInNonNullableField))
                .map(ErrorCodeInstrumentation::coded).toList();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    static GraphQLError coded(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error instanceof CodedError coded) {
            return rebuild(error, error.getMessage(), coded.code(), Map.of());
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            // the same introspection field asked for repeatedly: graphql-java's guard against expensive schema walks
            return rebuild(error, error.getMessage() + "; ask for each introspection field once", ErrorCode.QUERY_TOO_COMPLEX, Map.of());
        }
        if (error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException) {
            return rebuild(error, error.getMessage(), ErrorCode.BAD_USER_INPUT, Map.of());
        }
        if (error instanceof InvalidSyntaxError || error.getErrorType() == ErrorType.InvalidSyntax) {
            // the token limit never gets here: RequestGate parses first and answers QUERY_TOO_LARGE
            return rebuild(error, error.getMessage(), ErrorCode.GRAPHQL_PARSE_FAILED, Map.of());
        }
        if (error instanceof ValidationError invalid && invalid.getValidationErrorType() == ValidationErrorType.WrongType) {
            // a literal that does not fit its argument's type (first: "x", on: "2025-02-30", an unknown
            // input field) is a wrong value, not a wrong document
            String message = LITERAL.matcher(error.getMessage()).replaceAll("$1").replace("\u0000", "\\u0000");
            return rebuild(error, message, ErrorCode.BAD_USER_INPUT, Map.of());
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            // graphql-java's validation errors and its variable-shape errors (InputMapDefinesTooManyFieldsException …)
            return rebuild(error, error.getMessage(), ErrorCode.GRAPHQL_VALIDATION_FAILED, Map.of());
        }
        return internal(error, null, "Unclassified GraphQL error " + error.getClass().getName() + ": " + error.getMessage());
    }

    /** INTERNAL with a generic message and a correlation id that the log line carries too. */
    private static GraphQLError internal(GraphQLError error, Throwable exception, String what) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(exception, "[correlationId=%s] %s at %s", correlationId, what, error.getPath());
        return rebuild(error, "Internal server error; quote correlation id " + correlationId + " when reporting it",
                ErrorCode.INTERNAL, Map.of("correlationId", correlationId));
    }

    private static GraphQLError fromException(GraphQLError error, Throwable exception) {
        GraphQLError security = fromSecurityOrConflict(error, exception);
        if (security != null) {
            return security;
        }
        Throwable cause = exception;
        while (cause != null && !(cause instanceof ParleyException) && !(cause instanceof ConstraintViolationException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof ParleyException parley) {
            return rebuild(error, parley.getMessage(), parley.code(), parley.details());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            String message = invalid.getConstraintViolations().stream()
                    .map(v -> inputField(v.getPropertyPath().toString()) + ": " + v.getMessage()).sorted().reduce((a, b) -> a + "; " + b)
                    .orElse("invalid input");
            String field = invalid.getConstraintViolations().stream().map(v -> inputField(v.getPropertyPath().toString()))
                    .sorted().findFirst().orElse("input");
            return rebuild(error, message, ErrorCode.BAD_USER_INPUT, Map.of("field", field));
        }
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.smallrye.mutiny.subscription.BackPressureFailure) {
                // a subscription's buffer overflowed (ChangeFeed); SubscriptionSocket closes the connection
                return rebuild(error, "The client did not read its events; the connection is closed", ErrorCode.SLOW_CONSUMER, Map.of());
            }
        }
        GraphQLError database = fromDatabase(error, exception);
        if (database != null) {
            return database;
        }
        if (isDatabaseUnavailable(exception)) {
            LOG.warnf("Database unavailable while resolving %s: %s", error.getPath(), exception);
            return rebuild(error, "Service temporarily unavailable, try again later", ErrorCode.UNAVAILABLE, Map.of());
        }
        if (isSessionClosedUnderRequest(exception)) {
            // the request ended first (its client closed the connection, or the service is stopping), which
            // closed the request's database session under the statement: not a fault to page anyone about
            LOG.infof("Request ended while resolving %s; its database statement was closed: %s", error.getPath(),
                    exception.getMessage());
            return rebuild(error, "The request ended before its answer was ready; ask again", ErrorCode.UNAVAILABLE, Map.of());
        }
        return internal(error, exception, "Unexpected " + exception.getClass().getName());
    }

    /**
     * The path of a violated constraint inside the mutation input: "record.input.evidence[0].quote"
     * (service method, parameter, then the input's own path) becomes "evidence[0].quote".
     */
    static String inputField(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
    }

    /**
     * A value SmallRye could not coerce while resolving (an argument of a nested field), or a
     * database constraint that a concurrent request won: a duplicate (unique key, SQLState 23505)
     * or a reference to a row removed meanwhile (23503) is CONFLICT; a lock wait that timed out
     * or a deadlock is CONFLICT too (try again); a value too long for its column (22001) is
     * BAD_USER_INPUT. Null when the chain shows none of these.
     */
    static GraphQLError fromDatabase(GraphQLError error, Throwable exception) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof graphql.schema.CoercingParseLiteralException || t instanceof CoercingParseValueException
                    || t.getClass().getName().equals("io.smallrye.graphql.transformation.TransformException")) {
                return rebuild(error, "A value does not fit its type: " + t.getMessage(), ErrorCode.BAD_USER_INPUT, Map.of());
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                String state = violation.getSQLState();
                if (violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE
                        || "23505".equals(state)) {
                    return rebuild(error, duplicateMessage(violation.getConstraintName()), ErrorCode.CONFLICT, Map.of());
                }
                if (violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                        || "23503".equals(state)) {
                    return rebuild(error, "A record this change refers to was removed or changed meanwhile; reload and try again",
                            ErrorCode.CONFLICT, Map.of());
                }
            }
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.LockTimeoutException) {
                return rebuild(error, "Another change to the same records was in progress; try again", ErrorCode.CONFLICT, Map.of());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505")) {
                    return rebuild(error, duplicateMessage(null), ErrorCode.CONFLICT, Map.of());
                }
                if (state.equals("40001") || state.equals("40P01") || state.equals("HYT00")) {
                    return rebuild(error, "Another change to the same records was in progress; try again", ErrorCode.CONFLICT, Map.of());
                }
                if (state.equals("22001")) {
                    return rebuild(error, "A text is longer than the database can store; shorten it", ErrorCode.BAD_USER_INPUT, Map.of());
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** What a unique constraint protects, by its name in the migrations. */
    static String duplicateMessage(String constraint) {
        String name = constraint == null ? "" : constraint.toLowerCase(Locale.ROOT);
        if (name.contains("person_search_name")) {
            return "Another person already has this name (names are compared ignoring case and accents)";
        }
        if (name.contains("organization_search_name")) {
            return "Another organization already has this name (names are compared ignoring case and accents)";
        }
        if (name.contains("content_hash") || name.contains("article")) {
            return "This article text was already added";
        }
        if (name.contains("position_link")) {
            return "These two positions are already linked";
        }
        return "This record already exists (it was probably created by a concurrent request)";
    }

    /** Access and concurrency failures anywhere in the chain, or null. */
    private static GraphQLError fromSecurityOrConflict(GraphQLError error, Throwable exception) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof AuthenticationFailedException || t instanceof UnauthorizedException) {
                return rebuild(error, "Sign in: this operation needs a valid bearer token", ErrorCode.UNAUTHENTICATED, Map.of());
            }
            if (t instanceof ForbiddenException) {
                return rebuild(error, "Not allowed: this operation needs the role 'editor'", ErrorCode.FORBIDDEN, Map.of());
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return rebuild(error, "Someone else changed this record meanwhile; reload it and try again",
                        ErrorCode.CONFLICT, Map.of());
            }
            if (t instanceof ParleyException || t.getCause() == t) {
                return null;
            }
        }
        return null;
    }

    /**
     * True when the chain shows the database could not be reached: a JDBC connection failure
     * (SQLState class 08, or PostgreSQL's 57P01-57P03 shutdown states), Hibernate's
     * JDBCConnectionException, or the pool giving up waiting for a connection.
     */
    static boolean isDatabaseUnavailable(Throwable exception) {
        return anyCause(exception, t -> {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = sql.getMessage();
                return state != null && (state.startsWith("08") || state.startsWith("57P0"))
                        || message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
            }
            return false;
        });
    }

    /**
     * True when a statement or session was closed while the request still used it: PostgreSQL's
     * driver says "This statement has been closed" (SQL state 55000), Hibernate that the session is
     * closed. Only the end of the request closes them early.
     */
    static boolean isSessionClosedUnderRequest(Throwable exception) {
        return anyCause(exception, t -> {
            String message = t.getMessage() == null ? "" : t.getMessage();
            return t instanceof SQLException sql && "55000".equals(sql.getSQLState()) && message.contains("has been closed")
                    || t instanceof IllegalStateException && message.contains("Session/EntityManager is closed");
        });
    }

    /** Whether {@code exception} or one of its causes (at most 20 deep, cycles cut) matches. */
    private static boolean anyCause(Throwable exception, java.util.function.Predicate<Throwable> matches) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (matches.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static GraphQLError rebuild(GraphQLError error, String message, ErrorCode code, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (error.getErrorType() != null) {
            extensions.put("classification", error.getErrorType().toString());
        }
        extensions.putAll(details);
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(error.getErrorType());
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
