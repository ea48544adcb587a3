package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class HeadlineQueryIT extends HeadlineQueryTest {
}
