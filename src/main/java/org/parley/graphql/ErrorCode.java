package org.parley.graphql;

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
    /** The database cannot be reached just now; the request may be retried later. */
    UNAVAILABLE,
    /** Something failed inside Parley; details are logged, not returned. */
    INTERNAL
}
