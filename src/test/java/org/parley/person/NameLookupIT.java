package org.parley.person;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same names on PostgreSQL: pg_trgm must rank as the H2 functions do. */
@QuarkusIntegrationTest
class NameLookupIT extends NameLookupTest {
}
