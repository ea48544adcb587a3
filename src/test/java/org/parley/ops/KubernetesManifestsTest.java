package org.parley.ops;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the manifests under k8s/ against what the application really serves and reads:
 * image, port, probe paths, configuration keys, shutdown timing, and the hardening every
 * container must have. Plain JUnit: no application is started.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    /** One parsed YAML document and the file it came from. */
    record Doc(Path file, Map<String, Object> body) {
        String kind() {
            return (String) body.get("kind");
        }

        String name() {
            return (String) map(body, "metadata").get("name");
        }
    }

    static List<Doc> docs;
    static Properties properties;
    static String propertiesText;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isDirectory(K8S), "run from the project directory: k8s/ not found");
        docs = new ArrayList<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (Object document : yaml.loadAll(reader)) {
                        if (document == null) {
                            continue;
                        }
                        assertTrue(document instanceof Map, file + ": a document is not a mapping");
                        docs.add(new Doc(file, cast(document)));
                    }
                }
            }
        }
        assertFalse(docs.isEmpty(), "no YAML documents under k8s/");
        propertiesText = Files.readString(PROPERTIES);
        properties = new Properties();
        try (InputStream in = Files.newInputStream(PROPERTIES)) {
            properties.load(in);
        }
    }

    // ---------------------------------------------------------------- structure

    @Test
    void everyDocumentHasApiVersionKindAndName() {
        for (Doc doc : docs) {
            assertNotNull(doc.body().get("apiVersion"), doc.file() + ": apiVersion");
            assertNotNull(doc.kind(), doc.file() + ": kind");
            if (!"Kustomization".equals(doc.kind())) {
                assertNotNull(doc.name(), doc.file() + ": metadata.name of " + doc.kind());
            }
        }
    }

    @Test
    void kustomizationsReferenceFilesThatExist() {
        List<Doc> kustomizations = ofKind("Kustomization");
        assertTrue(kustomizations.size() >= 2, "a base and at least one overlay");
        for (Doc k : kustomizations) {
            Path dir = k.file().getParent();
            for (Object resource : list(k.body(), "resources")) {
                Path target = dir.resolve((String) resource).normalize();
                assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                        k.file() + ": resource " + resource + " does not exist");
            }
            for (Object generator : list(k.body(), "secretGenerator")) {
                for (Object env : list(cast(generator), "envs")) {
                    Path file = dir.resolve((String) env);
                    assertTrue(Files.isRegularFile(file), k.file() + ": " + env + " does not exist");
                    assertPlaceholder(file);
                }
                assertTrue(list(cast(generator), "literals").isEmpty(),
                        k.file() + ": put generated secrets in an example env file marked as placeholders");
            }
        }
        assertTrue(Files.isRegularFile(K8S.resolve("base/kustomization.yaml")), "k8s/base/kustomization.yaml");
    }

    @Test
    void noSecretValuesAreCommitted() {
        for (Doc secret : ofKind("Secret")) {
            fail(secret.file() + ": commit no Secret; generate it from a placeholder file or create it with kubectl");
        }
    }

    @Test
    void theSystemIsComplete() {
        Set<String> kinds = new TreeSet<>();
        docs.forEach(d -> kinds.add(d.kind()));
        for (String kind : List.of("Deployment", "Service", "ConfigMap", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "StatefulSet", "Kustomization", "NetworkPolicy")) {
            assertTrue(kinds.contains(kind), "missing a " + kind + "; have " + kinds);
        }
    }

    // ---------------------------------------------------------------- application

    @Test
    void imageIsThisApplication() throws Exception {
        Map<String, String> pom = pomCoordinates();
        String image = (String) appContainer().get("image");
        assertNotNull(image, "application image");
        String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "latest";
        assertEquals(pom.get("artifactId"), repository.substring(repository.lastIndexOf('/') + 1),
                "image name is the Maven artifactId");
        assertEquals(pom.get("version"), tag, "image tag is the project version");
    }

    @Test
    void containerPortIsTheHttpPortTheApplicationListensOn() {
        Map<String, Object> port = namedPort(appContainer(), "http");
        assertNotNull(port, "the application container has a port named http");
        int httpPort = Integer.parseInt(prodProperty("quarkus.http.port", "8080"));
        assertEquals(httpPort, ((Number) port.get("containerPort")).intValue(), "containerPort is quarkus.http.port");
    }

    @Test
    void serviceSelectsThePodsAndTargetsTheNamedPort() {
        Doc deployment = appDeployment();
        Doc service = service(deployment.name());
        Map<String, Object> spec = map(service.body(), "spec");
        Map<String, Object> podLabels = map(map(map(deployment.body(), "spec"), "template"), "metadata");
        assertSubset(map(spec, "selector"), map(podLabels, "labels"), "Service selector vs pod labels");
        List<Object> ports = list(spec, "ports");
        assertFalse(ports.isEmpty(), "Service ports");
        for (Object p : ports) {
            Map<String, Object> port = cast(p);
            assertEquals("http", port.get("name"), "Service port name");
            Object target = port.get("targetPort");
            assertTrue(target instanceof String, "targetPort names the container port");
            assertNotNull(namedPort(appContainer(), (String) target), "targetPort " + target + " exists in the pod");
        }
    }

    @Test
    void probesCallTheSmallRyeHealthEndpoints() {
        String root = "/" + trimSlashes(prodProperty("quarkus.http.non-application-root-path", "q"));
        String health = root + "/" + trimSlashes(prodProperty("quarkus.smallrye-health.root-path", "health"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("livenessProbe", health + "/" + prodProperty("quarkus.smallrye-health.liveness-path", "live"));
        expected.put("readinessProbe", health + "/" + prodProperty("quarkus.smallrye-health.readiness-path", "ready"));
        expected.put("startupProbe", health + "/" + prodProperty("quarkus.smallrye-health.startup-path", "started"));
        Map<String, Object> container = appContainer();
        expected.forEach((probe, path) -> {
            Map<String, Object> httpGet = map(map(container, probe), "httpGet");
            assertEquals(path, httpGet.get("path"), probe + " path");
            assertEquals("http", httpGet.get("port"), probe + " port");
        });
    }

    @Test
    void everyConfigMapKeyIsReadByTheApplication() {
        List<Doc> configMaps = ofKind("ConfigMap");
        assertFalse(configMaps.isEmpty());
        Set<String> propertyEnvNames = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            propertyEnvNames.add(envName(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key));
        }
        for (Doc cm : configMaps) {
            for (String key : map(cm.body(), "data").keySet()) {
                boolean placeholder = propertiesText.contains("${" + key + ":") || propertiesText.contains("${" + key + "}");
                boolean quarkusProperty = key.startsWith("QUARKUS_") && propertyEnvNames.contains(key);
                assertTrue(placeholder || quarkusProperty,
                        cm.file() + ": " + key + " is neither a ${...} placeholder nor a property in application.properties");
            }
        }
    }

    @Test
    void everyVariableTheProdDatasourceNeedsIsProvided() {
        Set<String> provided = new TreeSet<>();
        Map<String, Object> container = appContainer();
        for (Object from : list(container, "envFrom")) {
            String name = (String) map(cast(from), "configMapRef").get("name");
            Doc cm = ofKind("ConfigMap").stream().filter(d -> name.equals(d.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("envFrom names a missing ConfigMap " + name));
            provided.addAll(map(cm.body(), "data").keySet());
        }
        for (Object env : list(container, "env")) {
            provided.add((String) cast(env).get("name"));
        }
        Matcher m = Pattern.compile("\\$\\{(PARLEY_DB_[A-Z_]+)").matcher(propertiesText);
        Set<String> needed = new TreeSet<>();
        while (m.find()) {
            needed.add(m.group(1));
        }
        needed.remove("PARLEY_DB_POOL_MAX"); // has a default
        assertTrue(needed.containsAll(Set.of("PARLEY_DB_URL", "PARLEY_DB_USER", "PARLEY_DB_PASSWORD")), "needed: " + needed);
        assertTrue(provided.containsAll(needed), "provided " + provided + ", needed " + needed);
        for (Object env : list(container, "env")) {
            Map<String, Object> e = cast(env);
            if (((String) e.get("name")).contains("PASSWORD")) {
                assertNotNull(map(map(e, "valueFrom"), "secretKeyRef"), e.get("name") + " comes from a Secret");
            }
        }
    }

    @Test
    void datasourceUrlPointsAtThePostgresService() {
        String url = (String) map(ofKind("ConfigMap").get(0).body(), "data").get("PARLEY_DB_URL");
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)").matcher(url);
        assertTrue(m.matches(), url);
        Doc statefulSet = ofKind("StatefulSet").get(0);
        Doc service = service(m.group(1));
        assertEquals(map(statefulSet.body(), "spec").get("serviceName"), service.name(), "StatefulSet serviceName");
        boolean portFound = list(map(service.body(), "spec"), "ports").stream()
                .anyMatch(p -> Integer.parseInt(m.group(2)) == ((Number) cast(p).get("port")).intValue());
        assertTrue(portFound, "port " + m.group(2) + " on Service " + service.name());
        assertFalse(list(map(statefulSet.body(), "spec"), "volumeClaimTemplates").isEmpty(), "volumeClaimTemplates");
    }

    // ---------------------------------------------------------------- hardening and sizing

    @Test
    void everyContainerHasRequestsAndLimits() {
        forEachContainer((workload, container) -> {
            Map<String, Object> resources = map(container, "resources");
            for (String section : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertNotNull(map(resources, section).get(resource),
                            workload + "/" + container.get("name") + ": resources." + section + "." + resource);
                }
            }
        });
    }

    @Test
    void everyContainerIsLockedDown() {
        for (Doc workload : workloads()) {
            Map<String, Object> podSpec = podSpec(workload);
            assertEquals(Boolean.TRUE, map(podSpec, "securityContext").get("runAsNonRoot"),
                    workload.name() + ": runAsNonRoot");
        }
        forEachContainer((workload, container) -> {
            String where = workload + "/" + container.get("name") + ": ";
            Map<String, Object> sc = map(container, "securityContext");
            assertEquals(Boolean.FALSE, sc.get("allowPrivilegeEscalation"), where + "allowPrivilegeEscalation");
            assertEquals(Boolean.TRUE, sc.get("readOnlyRootFilesystem"), where + "readOnlyRootFilesystem");
            assertTrue(list(map(sc, "capabilities"), "drop").contains("ALL"), where + "capabilities.drop ALL");
        });
        boolean tmpMounted = list(appContainer(), "volumeMounts").stream()
                .anyMatch(v -> "/tmp".equals(cast(v).get("mountPath")));
        assertTrue(tmpMounted, "a writable /tmp for the application (read-only root)");
    }

    @Test
    void gracePeriodOutlastsTheShutdownDelayAndTimeout() {
        assertEquals("true", properties.getProperty("quarkus.shutdown.delay-enabled"), "quarkus.shutdown.delay-enabled");
        Map<String, Object> configMap = map(ofKind("ConfigMap").get(0).body(), "data");
        long delay = Math.max(seconds(prodProperty("quarkus.shutdown.delay", "0S")),
                seconds(String.valueOf(configMap.getOrDefault("QUARKUS_SHUTDOWN_DELAY", "0S"))));
        long timeout = Math.max(seconds(prodProperty("quarkus.shutdown.timeout", "0S")),
                seconds(String.valueOf(configMap.getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT", "0S"))));
        assertTrue(delay > 0 && timeout > 0, "%prod shutdown delay and timeout are set");
        int grace = ((Number) podSpec(appDeployment()).get("terminationGracePeriodSeconds")).intValue();
        assertTrue(grace > delay + timeout, "terminationGracePeriodSeconds " + grace + " > " + delay + " + " + timeout);
    }

    @Test
    void disruptionBudgetAndAutoscalerTargetTheDeployment() {
        Doc deployment = appDeployment();
        Map<String, Object> podLabels = map(map(map(map(deployment.body(), "spec"), "template"), "metadata"), "labels");
        Doc pdb = ofKind("PodDisruptionBudget").get(0);
        assertSubset(map(map(map(pdb.body(), "spec"), "selector"), "matchLabels"), podLabels, "PDB selector");
        Doc hpa = ofKind("HorizontalPodAutoscaler").get(0);
        Map<String, Object> target = map(map(hpa.body(), "spec"), "scaleTargetRef");
        assertEquals("Deployment", target.get("kind"));
        assertEquals(deployment.name(), target.get("name"));
        int min = ((Number) map(hpa.body(), "spec").get("minReplicas")).intValue();
        assertTrue(min >= 2, "minReplicas >= 2, so the PDB can let one pod go");
    }

    // ---------------------------------------------------------------- database and overlays

    @Test
    void postgresProbesUseTheRoleTheSecretCreates() {
        Doc postgres = ofKind("StatefulSet").get(0);
        Map<String, Object> container = cast(list(podSpec(postgres), "containers").get(0));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String command = String.join(" ", list(map(map(container, probe), "exec"), "command").stream()
                    .map(String::valueOf).toList());
            assertTrue(command.contains("pg_isready") && command.contains("-U \"$POSTGRES_USER\""),
                    probe + " must check as POSTGRES_USER (the image creates no 'postgres' role then): " + command);
        }
        String image = (String) container.get("image");
        assertTrue(image.matches("postgres:\\d+\\.\\d+-[a-z]+(@sha256:[0-9a-f]{64})?"),
                "PostgreSQL image pinned to a minor version (or a digest): " + image);
    }

    @Test
    void onlyParleyReachesPostgres() {
        Doc policy = ofKind("NetworkPolicy").stream().filter(d -> "parley-postgres".equals(d.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy for PostgreSQL"));
        Map<String, Object> spec = map(policy.body(), "spec");
        Map<String, Object> postgresPod = map(map(map(ofKind("StatefulSet").get(0).body(), "spec"), "template"), "metadata");
        assertSubset(map(map(spec, "podSelector"), "matchLabels"), map(postgresPod, "labels"), "policy selects the database pod");
        assertTrue(list(spec, "policyTypes").contains("Ingress"));
        List<Object> ingress = list(spec, "ingress");
        assertEquals(1, ingress.size(), "one ingress rule");
        Map<String, Object> rule = cast(ingress.get(0));
        List<Object> from = list(rule, "from");
        assertEquals(1, from.size());
        Map<String, Object> appPod = map(map(map(appDeployment().body(), "spec"), "template"), "metadata");
        Map<String, Object> allowed = map(map(cast(from.get(0)), "podSelector"), "matchLabels");
        assertSubset(allowed, map(appPod, "labels"), "only Parley's pods are allowed");
        assertEquals(List.of(5432), list(rule, "ports").stream().map(p -> cast(p).get("port")).toList());
    }

    @Test
    void graphiqlAndTheExamplesPageFollowOneSwitchPerOverlay() {
        // the base (production) has the console off, the local overlay on; the examples page follows it in code (ConsolePages)
        assertEquals("false", map(ofKind("ConfigMap").get(0).body(), "data").get("PARLEY_GRAPHIQL_ENABLED"));
        Doc local = ofKind("ConfigMap").stream().filter(d -> d.file().toString().contains("overlays/local")).findFirst()
                .orElseThrow(() -> new AssertionError("the local overlay turns the console on"));
        assertEquals("true", map(local.body(), "data").get("PARLEY_GRAPHIQL_ENABLED"));
        assertTrue(propertiesText.contains("quarkus.smallrye-graphql.ui.enabled=${PARLEY_GRAPHIQL_ENABLED"));
    }

    @Test
    void theProductionOverlayGeneratesNoSecretAndPinsNoMutableTag() {
        Doc production = ofKind("Kustomization").stream().filter(d -> d.file().toString().contains("overlays/production"))
                .findFirst().orElseThrow(() -> new AssertionError("no production overlay"));
        assertTrue(list(production.body(), "secretGenerator").isEmpty(), "production Secrets are created by the operator");
        for (Object image : list(production.body(), "images")) {
            Map<String, Object> entry = cast(image);
            assertNotNull(entry.get("digest"), "production images are set by digest (.ci/release.sh): " + entry);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Doc> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.kind())).toList();
    }

    private static List<Doc> workloads() {
        return docs.stream().filter(d -> Set.of("Deployment", "StatefulSet").contains(d.kind())).toList();
    }

    private static Doc appDeployment() {
        List<Doc> deployments = ofKind("Deployment");
        assertEquals(1, deployments.size(), "one application Deployment");
        return deployments.get(0);
    }

    private static Map<String, Object> appContainer() {
        List<Object> containers = list(podSpec(appDeployment()), "containers");
        assertEquals(1, containers.size(), "one container in the application pod");
        return cast(containers.get(0));
    }

    private static Doc service(String name) {
        return ofKind("Service").stream().filter(s -> name.equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no Service named " + name));
    }

    private static Map<String, Object> podSpec(Doc workload) {
        return map(map(map(workload.body(), "spec"), "template"), "spec");
    }

    private static void forEachContainer(java.util.function.BiConsumer<String, Map<String, Object>> check) {
        for (Doc workload : workloads()) {
            for (Object c : list(podSpec(workload), "containers")) {
                check.accept(workload.kind() + " " + workload.name(), cast(c));
            }
        }
    }

    private static Map<String, Object> namedPort(Map<String, Object> container, String name) {
        return list(container, "ports").stream().map(KubernetesManifestsTest::cast)
                .filter(p -> name.equals(p.get("name"))).findFirst().orElse(null);
    }

    /** The value the prod profile sees: {@code %prod.key}, else {@code key}, else the default. */
    private static String prodProperty(String key, String defaultValue) {
        String value = properties.getProperty("%prod." + key, properties.getProperty(key));
        if (value == null) {
            return defaultValue;
        }
        Matcher m = Pattern.compile("\\$\\{[^:}]+:([^}]*)}").matcher(value); // ${ENV:default}
        return m.matches() ? m.group(1) : value;
    }

    /** A Quarkus duration (5S, 500ms, 1M, PT5S) in whole seconds, rounded up. */
    static long seconds(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        Duration d;
        if (v.startsWith("P")) {
            d = Duration.parse(v);
        } else if (v.endsWith("MS")) {
            d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        } else if (v.matches("\\d+")) {
            d = Duration.ofSeconds(Long.parseLong(v));
        } else {
            d = Duration.parse((v.endsWith("D") ? "P" : "PT") + v);
        }
        return (d.toMillis() + 999) / 1000;
    }

    /** The environment-variable form of a property name, as MicroProfile Config maps it. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String trimSlashes(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    private static void assertSubset(Map<String, Object> selector, Map<String, Object> labels, String what) {
        assertFalse(selector.isEmpty(), what + " is empty");
        selector.forEach((k, v) -> assertEquals(v, labels.get(k), what + ": " + k));
    }

    private static void assertPlaceholder(Path file) {
        try {
            String text = Files.readString(file).toUpperCase(Locale.ROOT);
            assertTrue(text.contains("NOT FOR PRODUCTION") && text.contains("PLACEHOLDER"),
                    file + " must say its values are placeholders, not for production");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> pomCoordinates() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Map<String, String> coordinates = new LinkedHashMap<>();
        for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && Set.of("artifactId", "version").contains(e.getTagName())) {
                coordinates.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        return coordinates;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, "expected a mapping at '" + key + "' in " + parent.keySet());
        return cast(value);
    }

    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return List.of();
        }
        assertTrue(value instanceof List, "expected a list at '" + key + "'");
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
