package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PositionsQueryIT extends PositionsQueryTest {
}
