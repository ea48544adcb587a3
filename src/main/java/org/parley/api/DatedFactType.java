package org.parley.api;

import java.time.LocalDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Fact;
import org.parley.core.PartialDate;

/**
 * The fields every dated, retractable fact shows (meetings and positions): its date (from
 * {@link DatedType}), its version and whether it was retracted.
 */
public abstract class DatedFactType extends DatedType {

    private final Fact fact;

    protected DatedFactType(Fact fact, PartialDate date) {
        super(date);
        this.fact = fact;
    }

    @NonNull
    @Description("Version of the stored record; give it back when changing it, so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(fact.version);
    }

    @NonNull
    @Description("True when a curator retracted it. Retracted facts are left out of every list and field unless `includeRetracted: true` is asked.")
    public boolean isRetracted() {
        return fact.isRetracted();
    }

    @Description("When it was retracted, UTC; null when it stands.")
    public LocalDateTime getRetractedAt() {
        return fact.retractedAt;
    }

    @Description("Why it was retracted; null when it stands.")
    public String getRetractionReason() {
        return fact.retractionReason;
    }
}
