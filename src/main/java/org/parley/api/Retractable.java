package org.parley.api;

import java.time.LocalDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Fact;

/**
 * The fields every retractable fact shows (meetings, positions, offices): its version and
 * whether, when and why it was retracted. Written once here for the one retraction mechanism
 * ({@link Fact}); each type class only says which entity it wraps.
 */
@Interface("Retractable")
@Description("A fact a curator can retract (meetings, positions, offices). A retracted fact keeps its ID but is left out of every list and field unless `includeRetracted: true` is asked.")
public interface Retractable {

    /** The stored fact behind the GraphQL object. */
    @Ignore
    Fact entity();

    @NonNull
    @Description("Version of the stored record; give it back when changing it, so a concurrent change is detected (CONFLICT).")
    default int getVersion() {
        return Math.toIntExact(entity().version);
    }

    @NonNull
    @Description("True when a curator retracted it. Retracted facts are left out of every list and field unless `includeRetracted: true` is asked.")
    default boolean isRetracted() {
        return entity().isRetracted();
    }

    @Description("When it was retracted, UTC; null when it stands.")
    default LocalDateTime getRetractedAt() {
        return entity().retractedAt;
    }

    @Description("Why it was retracted; null when it stands.")
    default String getRetractionReason() {
        return entity().retractionReason;
    }
}
