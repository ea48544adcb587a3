package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layers of the README's architecture map, checked on the compiled classes: a
 * package may use packages of lower layers only, so there is no cycle and no upward import.
 * Every class file's constant pool names the classes it uses ("org/parley/person/Person"),
 * whether through an import, a fully qualified name, a signature or a lambda.
 */
class LayersTest {

    /** Lowest first. Packages on one layer must not use each other. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("core"),
            Set.of("curation"),
            Set.of("source"),
            Set.of("person"),
            Set.of("meeting"),
            Set.of("position"),
            Set.of("api", "dataset", "graphql", "export"));

    private static final Pattern REFERENCE = Pattern.compile("org/parley/(\\w+)/");

    @Test
    void everyPackageHasItsLayer() throws IOException {
        Set<String> layered = new TreeSet<>();
        LAYERS.forEach(layered::addAll);
        assertEquals(layered, usesByPackage().keySet(), "a new package needs its place in LAYERS and the README's map");
    }

    @Test
    void packagesUseOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        usesByPackage().forEach((pkg, uses) -> {
            for (String used : uses) {
                if (!used.equals(pkg) && layerOf(used) >= layerOf(pkg)) {
                    violations.add(pkg + " -> " + used);
                }
            }
        });
        assertTrue(violations.isEmpty(), "upward or sideways dependencies: " + violations);
    }

    private static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new AssertionError("package " + pkg + " is on no layer");
    }

    /** For each package of src/main, the packages its classes use. */
    static Map<String, Set<String>> usesByPackage() throws IOException {
        Path root = Path.of("target/classes/org/parley");
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                // Class names in the constant pool are modified UTF-8; ASCII package names survive ISO-8859-1.
                Matcher m = REFERENCE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return uses;
    }
}
