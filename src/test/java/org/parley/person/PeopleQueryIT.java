package org.parley.person;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PeopleQueryIT extends PeopleQueryTest {
}
