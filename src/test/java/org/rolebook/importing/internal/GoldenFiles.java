package org.rolebook.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected result of reading a seed, kept beside the tests in
 * {@code golden/}. When the actual result differs, it is written to
 * {@code target/golden-actual/} so that the difference can be read and, once checked by hand,
 * copied over the golden file.
 */
final class GoldenFiles {

    private GoldenFiles() {}

    static void assertMatches(String goldenName, String actual) {
        String expected = exists("golden/" + goldenName) ? SeedDocuments.text("golden/" + goldenName) : "";
        if (!expected.equals(actual)) {
            write(goldenName, actual);
        }
        assertThat(actual)
                .as("the result differs from golden/%s; the actual result is in target/golden-actual", goldenName)
                .isEqualTo(expected);
    }

    private static boolean exists(String resource) {
        return GoldenFiles.class.getClassLoader().getResource(resource) != null;
    }

    private static void write(String goldenName, String actual) {
        try {
            Path file = Path.of("target", "golden-actual", goldenName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
