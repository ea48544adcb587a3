package org.parley.curation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current change: the subject of the bearer token. */
@ApplicationScoped
public class Curator {

    @Inject
    SecurityIdentity identity;

    /** The token's {@code sub} claim, or the principal name when the token has none. */
    public String name() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal == null ? "anonymous" : principal.getName();
    }
}
