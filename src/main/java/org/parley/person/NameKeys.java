package org.parley.person;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.parley.core.Names;

/**
 * Fills the transliteration keys of rows written before they existed (migration V8 adds the
 * columns empty): every start-up, three indexed "is null" reads, which find nothing once done.
 * Family names did not exist then either, so only canonical names and aliases need keys.
 */
@ApplicationScoped
public class NameKeys {

    @Transactional
    void onStart(@Observes StartupEvent event) {
        Person.<Person>list("nameKey is null").forEach(p -> p.nameKey = Names.key(p.name));
        Organization.<Organization>list("nameKey is null").forEach(o -> o.nameKey = Names.key(o.name));
        NameAlias.<NameAlias>list("nameKey is null").forEach(a -> a.nameKey = Names.key(a.alias));
    }
}
