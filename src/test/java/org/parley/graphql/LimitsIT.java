package org.parley.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class LimitsIT extends LimitsTest {
}
