package org.parley.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SchemaFileIT extends SchemaFileTest {
}
