package org.parley.graphql;

import org.parley.core.ErrorCode;
import graphql.execution.AbortExecutionException;

/**
 * A request refused before execution because it exceeds one of the operation limits
 * ({@link OperationLimits}). It carries its error code, so {@link ErrorCodeInstrumentation} does
 * not have to guess it from the message text; being an {@link AbortExecutionException}, graphql-java
 * turns it into a response with this error and no {@code data}.
 */
public class QueryLimitException extends AbortExecutionException implements CodedError {

    private final ErrorCode code;

    public QueryLimitException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** {@link ErrorCode#QUERY_TOO_DEEP} or {@link ErrorCode#QUERY_TOO_COMPLEX}. */
    @Override
    public ErrorCode code() {
        return code;
    }
}
