package org.parley.core;

/** The values of {@code extensions.code} in Parley's GraphQL errors. */
public enum ErrorCode {
    /**
     * The HTTP request itself is malformed: not JSON, no query string, variables not an object, a
     * persisted query hash that does not match its query; or a mutation sent with GET (HTTP 405).
     */
    BAD_REQUEST,
    /** An argument value is wrong: malformed ID or cursor, impossible date, page size out of range. */
    BAD_USER_INPUT,
    /** The id or name refers to nothing. */
    NOT_FOUND,
    /** A name matches more than one person (or organization), exactly or by transliteration; extensions.candidates lists them. */
    AMBIGUOUS_NAME,
    /** The document is not valid GraphQL. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not fit the schema (unknown field, wrong or missing argument or variable type). */
    GRAPHQL_VALIDATION_FAILED,
    /** The document exceeds the parser's token limit. */
    QUERY_TOO_LARGE,
    /** The query nests deeper than allowed. */
    QUERY_TOO_DEEP,
    /** The query selects more fields than allowed. */
    QUERY_TOO_COMPLEX,
    /** A mutation without valid credentials: no bearer token, or one that is expired, tampered or not ours. */
    UNAUTHENTICATED,
    /** Valid credentials without the role the operation needs (mutations need "editor"). */
    FORBIDDEN,
    /** The change collides with the stored state: a stale version, or a duplicate (e.g. an article text added twice). */
    CONFLICT,
    /** The database cannot be reached just now; the request may be retried later. */
    UNAVAILABLE,
    /** Something failed inside Parley; details are logged, not returned. */
    INTERNAL,
    /**
     * An automatic persisted query (extensions.persistedQuery) names a hash this server does not
     * know; the message is "PersistedQueryNotFound", so Apollo's client sends the query once more.
     */
    PERSISTED_QUERY_NOT_FOUND,
    /** The server runs persisted operations only (PARLEY_PERSISTED_ONLY) and this operation is not one of them. */
    OPERATION_NOT_ALLOWED,
    /** A WebSocket upgrade while the replica serves its maximum of WebSocket connections (HTTP 503, Retry-After). */
    TOO_MANY_CONNECTIONS,
    /** One subscription more than a WebSocket connection may hold at once. */
    TOO_MANY_SUBSCRIPTIONS,
    /**
     * A subscriber's client stopped reading: its events filled the socket and the subscription's
     * bounded buffer; the WebSocket is closed with code 1008 and this code as the reason.
     */
    SLOW_CONSUMER
}
