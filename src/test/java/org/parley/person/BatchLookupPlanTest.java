package org.parley.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Looking people up by a batch of ids reuses Hibernate's translation of the query: a batch
 * resolver runs it once per request, and translating it each time was a sixth of the CPU of a
 * page of meetings with participants.
 */
@QuarkusTest
class BatchLookupPlanTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestTransaction
    void batchesOfDifferentSizesAreTranslatedOnceAndFindTheirRows() {
        List<Long> ids = List.of(create("Plan Alpha"), create("Plan Beta"), create("Plan Gamma"));
        Person.byIds(ids);
        Person.byIds(ids.subList(0, 1)); // the first of each size may translate
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        List<Person> three = Person.byIds(ids);
        List<Person> one = Person.byIds(ids.subList(0, 1));
        assertEquals(Set.of("Plan Alpha", "Plan Beta", "Plan Gamma"), names(three));
        assertEquals(3, three.size(), "padding repeats a value, not a row");
        assertEquals(Set.of("Plan Alpha"), names(one));
        // Each execution finds the parsed HQL and, unlike a collection parameter, its translation too.
        assertEquals(4, stats.getQueryPlanCacheHitCount(), "two lookups, each found parsed and translated");
        assertEquals(0, stats.getQueryPlanCacheMissCount());
    }

    private static Long create(String name) {
        Person p = new Person();
        p.rename(name);
        p.persist();
        return p.id;
    }

    private static Set<String> names(List<Person> people) {
        return people.stream().map(p -> p.name).collect(Collectors.toSet());
    }
}
