package org.parley.graphql;

import org.parley.core.ErrorCode;

/** A GraphQL error raised by Parley's own wiring (a limit) that knows its code; no message text is parsed. */
public interface CodedError {

    ErrorCode code();
}
