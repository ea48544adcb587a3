package org.parley.curation;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lets an integration test write: the packaged application verifies tokens with the test key
 * pair's public half (by file path, since the test resources are not on the jar's class path).
 */
public class EditorTokensResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Path key = Path.of("target", "test-classes", "test-jwt-public-key.pem").toAbsolutePath();
        return Map.of("mp.jwt.verify.publickey.location", key.toString());
    }

    @Override
    public void stop() {
    }
}
