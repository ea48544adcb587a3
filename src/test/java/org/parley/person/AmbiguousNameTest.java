package org.parley.person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;
import org.parley.position.HeadlineQueryTest;

/** A name two people answer to is an error listing both, not a guess. */
@QuarkusTest
class AmbiguousNameTest {

    static final String NAMESAKE = "Lara Trump";
    Long namesakeId;

    @BeforeEach
    void addANamesake() {
        namesakeId = QuarkusTransaction.requiringNew().call(() -> {
            Person p = new Person();
            p.rename(NAMESAKE);
            p.persist();
            NameAlias.ofPerson(p.id, "Trump").persist();
            return p.id;
        });
    }

    @AfterEach
    void removeIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            NameAlias.delete("personId", namesakeId);
            Person.deleteById(namesakeId);
        });
    }

    @Test
    void anAmbiguousLeaderListsTheCandidates() {
        JsonPath response = GraphQL.failing(HeadlineQueryTest.HEADLINE, Map.of("leader", "trump", "on", "2025-02-27"));
        assertEquals("AMBIGUOUS_NAME", response.getString("errors[0].extensions.code"));
        assertThat(response.getList("errors[0].extensions.candidates"), containsInAnyOrder("Donald Trump", NAMESAKE));
    }

    @Test
    void aFullerNameIsNotAmbiguous() {
        JsonPath data = GraphQL.data(HeadlineQueryTest.HEADLINE, Map.of("leader", "Donald Trump", "on", "2025-02-27"));
        assertEquals(1, data.getList("commitments").size());
    }
}
