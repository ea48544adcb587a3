package org.parley.core;

/** The values of {@code extensions.code} in Parley's GraphQL errors. */
public enum ErrorCode {
    /** The HTTP request itself is malformed: not JSON, no query string, variables not an object. */
    BAD_REQUEST,
    /** An argument value is wrong: malformed ID or cursor, impossible date, page size out of range. */
    BAD_USER_INPUT,
    /** The id or name refers to nothing. */
    NOT_FOUND,
    /** A name matches more than one person; extensions.candidates lists them. */
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
    INTERNAL
}
