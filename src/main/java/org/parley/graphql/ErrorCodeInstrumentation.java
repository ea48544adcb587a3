package org.parley.graphql;

import graphql.ErrorClassification;
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
import java.util.regex.Pattern;
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
    private static final Pattern LITERAL = Pattern.compile("\\w+Value\\{value='([^']*)'\\}");

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
        ErrorClassification type = error.getErrorType();
        String message = error.getMessage();
        ErrorCode code;
        if (error instanceof QueryLimitException limit) {
            code = limit.code();
        } else if (error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException) {
            code = ErrorCode.BAD_USER_INPUT;
        } else if (type == ErrorType.InvalidSyntax) {
            code = message != null && message.contains("tokens") ? ErrorCode.QUERY_TOO_LARGE : ErrorCode.GRAPHQL_PARSE_FAILED;
        } else if (type == ErrorType.ValidationError && message != null && message.contains("is not a valid")) {
            code = ErrorCode.BAD_USER_INPUT;
            message = LITERAL.matcher(message).replaceAll("$1");
        } else if (type == ErrorType.ValidationError) {
            code = ErrorCode.GRAPHQL_VALIDATION_FAILED;
        } else if (type == ErrorType.ExecutionAborted && message != null && message.contains("depth")) {
            code = ErrorCode.QUERY_TOO_DEEP;
        } else if (type == ErrorType.ExecutionAborted && message != null
                && (message.contains("complexity") || message.contains("mutations"))) {
            code = ErrorCode.QUERY_TOO_COMPLEX;
        } else if (type == ErrorType.DataFetchingException || type == ErrorType.ExecutionAborted) {
            code = ErrorCode.BAD_USER_INPUT;
        } else {
            LOG.warnf("Unclassified GraphQL error %s: %s", error.getClass().getName(), message);
            return rebuild(error, "Internal server error", ErrorCode.INTERNAL, Map.of());
        }
        return rebuild(error, message, code, Map.of());
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
        if (isDatabaseUnavailable(exception)) {
            LOG.warnf("Database unavailable while resolving %s: %s", error.getPath(), exception);
            return rebuild(error, "Service temporarily unavailable, try again later", ErrorCode.UNAVAILABLE, Map.of());
        }
        LOG.error("Unexpected error while resolving " + error.getPath(), exception);
        return rebuild(error, "Internal server error", ErrorCode.INTERNAL, Map.of());
    }

    /**
     * The path of a violated constraint inside the mutation input: "record.input.evidence[0].quote"
     * (service method, parameter, then the input's own path) becomes "evidence[0].quote".
     */
    static String inputField(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
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
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
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
