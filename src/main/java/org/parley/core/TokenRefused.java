package org.parley.core;

/**
 * Why a well-signed bearer token is not acceptable to Parley; the message is safe to show. It is
 * the cause of the AuthenticationFailedException that fails the request (HTTP 401), so the
 * request gate can tell the client why.
 */
public class TokenRefused extends RuntimeException {

    public TokenRefused(String message) {
        super(message, null, false, false);
    }
}
