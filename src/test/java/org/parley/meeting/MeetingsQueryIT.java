package org.parley.meeting;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MeetingsQueryIT extends MeetingsQueryTest {
}
