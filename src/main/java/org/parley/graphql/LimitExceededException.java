package org.parley.graphql;

import graphql.execution.AbortExecutionException;
import org.parley.core.ErrorCode;

/** A request over one of the operation limits; it carries the code, so nothing parses its message. */
public class LimitExceededException extends AbortExecutionException implements CodedError {

    private final ErrorCode code;

    public LimitExceededException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode code() {
        return code;
    }
}
