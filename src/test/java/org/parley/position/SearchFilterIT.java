package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** SearchFilterTest against the packaged jar on PostgreSQL (full-text indexes instead of H2's LIKE). */
@QuarkusIntegrationTest
class SearchFilterIT extends SearchFilterTest {
}
