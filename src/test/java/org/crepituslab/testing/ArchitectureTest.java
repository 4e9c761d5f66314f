package org.crepituslab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Enforces the model/view split: nothing in a model package may import javafx.scene. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void modelPackagesDoNotImportJavafxScene() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/model/"))
                    .filter(ArchitectureTest::importsScene)
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders, "model classes must not import javafx.scene");
    }

    @Test
    void thereAreModelPackagesToCheck() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertFalse(files.noneMatch(p -> p.toString().replace('\\', '/').contains("/model/")));
        }
    }

    private static boolean importsScene(Path p) {
        try {
            return Files.readAllLines(p).stream().map(String::trim)
                    .anyMatch(l -> l.startsWith("import javafx.scene") || l.startsWith("import static javafx.scene"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
