package org.parley.ops;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HealthTest} against the packaged application (on PostgreSQL when run by .ci/run). */
@QuarkusIntegrationTest
class HealthIT extends HealthTest {
}
