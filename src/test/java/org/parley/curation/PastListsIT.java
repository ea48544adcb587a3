package org.parley.curation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The past read on PostgreSQL: its set-back rows are locked and rolled back there, not on H2. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = EditorTokensResource.class, restrictToAnnotatedClass = true)
class PastListsIT extends PastListsTest {
}
